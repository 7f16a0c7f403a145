package io.arrflow.watcher.jobs;

import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.ProducedFiles;
import io.arrflow.watcher.library.FileSink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Publishes {@code MediaFileDetected} for files the folder watcher or the rescan found, unless they
 * were already decided, are queued, or are arrflow's own output; a rescan of a large library thus
 * publishes only what is new.
 */
class FileReporter implements FileSink {

    private final Dedupe dedupe;
    private final ProducedFiles produced;
    private final JobRegistry registry;
    private final JobEvents events;

    FileReporter(Dedupe dedupe, ProducedFiles produced, JobRegistry registry, JobEvents events) {
        this.dedupe = dedupe;
        this.produced = produced;
        this.registry = registry;
        this.events = events;
    }

    @Override
    public void found(Path file, String origin) {
        FileFingerprint print;
        try {
            print = FileFingerprint.of(file.toRealPath());
        } catch (IOException e) {
            return;
        }
        if (dedupe.decided(print)
                || produced.contains(print)
                || registry.pendingJobFor(print.path()).isPresent()) {
            return;
        }
        events.publish(new MediaFileDetected(
                print.path(), print.sizeBytes(), Instant.ofEpochMilli(print.modifiedMillis()), origin, null));
    }
}
