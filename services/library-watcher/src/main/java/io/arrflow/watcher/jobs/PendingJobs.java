package io.arrflow.watcher.jobs;

import io.arrflow.model.TranscodeMessage.TranscodeCancelled;
import io.arrflow.model.TranscodeMessage.TranscodeRetargeted;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.watcher.library.LibraryGuard;
import io.arrflow.watcher.library.UnsafePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Pending jobs react to their files: deleted → cancelled, renamed → they follow the new path. */
public class PendingJobs {

    private final JobRegistry registry;
    private final LibraryGuard guard;
    private final JobEvents events;

    public PendingJobs(JobRegistry registry, LibraryGuard guard, JobEvents events) {
        this.registry = registry;
        this.guard = guard;
        this.events = events;
    }

    /**
     * Cancels the queued jobs of these files and of every file under these folders (with {@code
     * onlyMissing}: only those whose file is gone); returns how many.
     */
    public int cancel(List<String> files, List<String> folders, String reason, boolean onlyMissing) {
        int cancelled = 0;
        for (String file : files) {
            cancelled += registry.pendingJobFor(file)
                    .map(id -> cancelJob(id, file, reason))
                    .orElse(0);
        }
        if (!folders.isEmpty()) {
            for (JobStatus job : registry.active()) {
                boolean under = folders.stream().anyMatch(folder -> isUnder(job.path(), folder));
                if (under && (!onlyMissing || !Files.exists(Path.of(job.path())))) {
                    cancelled += cancelJob(job.jobId(), job.path(), reason);
                }
            }
        }
        return cancelled;
    }

    /** A queued job of {@code from} now works on {@code to}; one outside the library is cancelled. */
    public int follow(String from, String to) {
        return registry.pendingJobFor(from).map(id -> followJob(id, from, to)).orElse(0);
    }

    private int followJob(UUID jobId, String from, String to) {
        Path target;
        try {
            target = guard.requireMediaFile(to);
        } catch (UnsafePath e) {
            return cancelJob(jobId, from, "renamed to an unusable path: " + e.getMessage());
        }
        if (!registry.retarget(jobId, target.toString())) {
            return 0;
        }
        events.announce(new TranscodeRetargeted(jobId, from, target.toString()));
        return 1;
    }

    private int cancelJob(UUID jobId, String path, String reason) {
        if (!registry.cancel(jobId, reason)) {
            return 0;
        }
        events.announce(new TranscodeCancelled(jobId, path, reason));
        return 1;
    }

    private static boolean isUnder(String path, String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return path.startsWith(prefix);
    }
}
