package io.arrflow.model;

import io.arrflow.model.ArrMessage.ArrActivityRecorded;
import io.arrflow.model.ArrMessage.ArrApplicationUpdated;
import io.arrflow.model.ArrMessage.ArrHealthIssue;
import io.arrflow.model.ArrMessage.ArrHealthRestored;
import io.arrflow.model.ArrMessage.ArrManualInteractionRequired;
import io.arrflow.model.ArrMessage.ArrRescanCompleted;
import io.arrflow.model.ArrMessage.ArrRescanFailed;
import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.model.HealthMessage.ServiceMaintenanceEnded;
import io.arrflow.model.HealthMessage.ServiceMaintenanceStarted;
import io.arrflow.model.HealthMessage.ServicePending;
import io.arrflow.model.HealthMessage.ServiceRecovered;
import io.arrflow.model.PlatformMessage.MessageDeadLettered;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.SecretMessage.SecretRotationFailed;
import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.SourceDamaged;
import io.arrflow.model.TranscodeMessage.SourceMedia;
import io.arrflow.model.TranscodeMessage.TranscodeCancelled;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeFile;
import io.arrflow.model.TranscodeMessage.TranscodeNotBeneficial;
import io.arrflow.model.TranscodeMessage.TranscodeProgressed;
import io.arrflow.model.TranscodeMessage.TranscodeRequested;
import io.arrflow.model.TranscodeMessage.TranscodeRetargeted;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.model.TranscodeMessage.TranscodeStarted;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic sample of every message type, worded as the domain speaks. */
final class MessageFixtures {

    static final String EPISODE = "/media/tv/The Expanse/Season 01/The Expanse - S01E01.mkv";
    static final UUID JOB = UUID.fromString("5b0c6f0e-3d5b-4c55-9a8e-0f1f2b3c4d5e");
    static final Instant AT = Instant.parse("2026-11-23T20:15:30Z");
    static final ArrItemRef SERIES = new ArrItemRef(ArrApp.SONARR, 42);

    private MessageFixtures() {}

    static SourceMedia anH264Episode() {
        return new SourceMedia(1_500_000_000L, AT, "matroska", "h264", 8, 2640.5, 1920, 1080);
    }

    /** An episode whose download stopped half-way: the container still promises the whole episode. */
    static SourceDamaged aDamagedEpisode() {
        return new SourceDamaged(
                JOB,
                EPISODE,
                3,
                2640.5,
                1318.2,
                "decodes to 1318.2 s of the 2640.5 s it declares, 3 decode errors (first: Invalid NAL unit size)",
                SERIES);
    }

    static List<ArrflowMessage> oneOfEachMessage() {
        return List.of(
                new TranscodeFile(EPISODE, "hevc"),
                new RunTranscode(JOB, EPISODE, "hevc", Plan.TRANSCODE, "any", "mkv", anH264Episode(), SERIES, null),
                new MediaFileDetected(EPISODE, 1_500_000_000L, AT, "sonarr-webhook", SERIES),
                new TranscodeRequested(JOB, EPISODE, "hevc", Plan.TRANSCODE, "video h264 is not hevc"),
                new TranscodeSkipped(EPISODE, "already-hevc", "video codec hevc"),
                new TranscodeStarted(JOB, EPISODE, "worker-1", "libx265", 1),
                new TranscodeProgressed(JOB, EPISODE, "worker-1", 42.5, 88.1, 3.6, 120),
                new TranscodeCompleted(
                        JOB, EPISODE, null, "libx265", 1_500_000_000L, 700_000_000L, 612.3, SERIES, null),
                new TranscodeNotBeneficial(JOB, EPISODE, 1_500_000_000L, 1_600_000_000L, "output larger", null),
                new TranscodeFailed(
                        JOB, EPISODE, "corrupt input", List.of("vaapi: no device", "libx265: exit 1"), null),
                aDamagedEpisode(),
                new TranscodeCancelled(JOB, EPISODE, "episode file deleted"),
                new TranscodeRetargeted(JOB, EPISODE, EPISODE.replace("S01E01", "S01E01 - Dulcinea")),
                new ArrHealthIssue(
                        ArrApp.SONARR,
                        "Sonarr",
                        "warning",
                        "IndexerRssCheck",
                        "No indexers available",
                        "https://wiki.servarr.com/sonarr/system#indexers",
                        null),
                new ArrHealthRestored(
                        ArrApp.RADARR, "Radarr", "warning", "IndexerRssCheck", "No indexers available", null, null),
                new ArrManualInteractionRequired(
                        ArrApp.SONARR, "Sonarr", "The.Expanse.S01E01", "Warning", "Found matching series", null),
                new ArrApplicationUpdated(ArrApp.LIDARR, "Lidarr", "2.14.4", "2.14.5", "Lidarr updated", null),
                new ArrActivityRecorded(ArrApp.SONARR, "Sonarr", "Grab", "The Expanse"),
                new ArrRescanCompleted(ArrApp.SONARR, "Sonarr", 42, "RescanSeries", 1001),
                new ArrRescanFailed(ArrApp.RADARR, "Radarr", 7, "HTTP 401 from Radarr", 5),
                new ServiceDown("sonarr", "arr", "3 probes failed", AT, Map.of("status", "503")),
                new ServiceRecovered("sonarr", "arr", AT, 300),
                new ServicePending("container:radarr", "docker", "restarting"),
                new ServiceMaintenanceStarted("jellyfin", AT.plusSeconds(3600)),
                new ServiceMaintenanceEnded("jellyfin"),
                new RotateSecret("sonarr-api-key", "scheduled"),
                new SecretRotated("sonarr-api-key", 3),
                new SecretRotationFailed("radarr-api-key", "new key rejected by /api/v3/system/status", true),
                new MessageDeadLettered(
                        "arrflow.transcode.requests",
                        "TranscodeFile",
                        JOB.toString(),
                        "path is outside library roots"));
    }
}
