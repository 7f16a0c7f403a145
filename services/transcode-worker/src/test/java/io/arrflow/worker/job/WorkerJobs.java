package io.arrflow.worker.job;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.SourceMedia;
import io.arrflow.worker.encode.Profile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** Domain-worded jobs for the worker's unit tests. */
final class WorkerJobs {

    static final String PILOT = "/tv/Harbor Lights/Season 01/Harbor Lights - S01E01.mkv";
    static final String PILOT_RENAMED = "/tv/Harbor Lights/Season 01/Harbor Lights - S01E01 - Fog.mkv";
    static final long PILOT_BYTES = 1_400_000_000L;

    private WorkerJobs() {}

    static RunTranscode aJobForThePilot() {
        return aJob(PILOT, "hevc");
    }

    static RunTranscode aJob(String path, String profile) {
        return new RunTranscode(
                UUID.randomUUID(),
                path,
                profile,
                Plan.TRANSCODE,
                "any",
                "mkv",
                new SourceMedia(
                        PILOT_BYTES, Instant.parse("2026-11-30T20:00:00Z"), "matroska", "h264", 8, 2640, 1920, 1080),
                new ArrItemRef(ArrApp.SONARR, 7),
                null);
    }

    static JobContext contextOf(RunTranscode job, Path file) {
        return new JobContext(Envelope.of(job, "worker-test"), job, job.path(), file, Profile.HEVC, "mkv");
    }
}
