package io.arrflow.platform;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.SourceMedia;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.model.TranscodeMessage.TranscodeFile;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Domain-worded samples shared by the platform's tests: a media library with a few episodes. */
public final class LibraryFixtures {

    public static final String PILOT = "/media/tv/The Expanse/Season 01/The Expanse - S01E01.mkv";
    public static final String PILOT_RENAMED = "/media/tv/The Expanse/Season 01/The Expanse - S01E01 - Dulcinea.mkv";
    public static final String SECOND_EPISODE = "/media/tv/The Expanse/Season 01/The Expanse - S01E02.mkv";
    public static final Instant AIRED = Instant.parse("2026-11-23T20:15:30Z");
    public static final long PILOT_BYTES = 1_500_000_000L;

    private LibraryFixtures() {}

    public static TranscodeFile aTranscodeRequestForThePilot() {
        return new TranscodeFile(PILOT, "hevc");
    }

    public static RunTranscode aJobForThePilot() {
        return aJobFor(PILOT);
    }

    public static RunTranscode aJobFor(String path) {
        return new RunTranscode(
                UUID.randomUUID(),
                path,
                "hevc",
                Plan.TRANSCODE,
                "any",
                "mkv",
                new SourceMedia(PILOT_BYTES, AIRED, "matroska", "h264", 8, 2640.5, 1920, 1080),
                new ArrItemRef(ArrApp.SONARR, 42),
                null);
    }

    public static TranscodeCompleted thePilotShrank() {
        return new TranscodeCompleted(
                UUID.randomUUID(),
                PILOT,
                null,
                "libx265",
                PILOT_BYTES,
                700_000_000L,
                612.3,
                new ArrItemRef(ArrApp.SONARR, 42),
                null);
    }

    public static ServiceDown sonarrWentDown() {
        return new ServiceDown("sonarr", "arr", "3 probes failed", AIRED, Map.of("status", "503"));
    }
}
