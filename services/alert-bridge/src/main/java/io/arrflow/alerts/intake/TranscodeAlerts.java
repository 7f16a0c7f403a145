package io.arrflow.alerts.intake;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.TranscodeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The transcode flow's facts a person must hear of: a job that failed for good, and a source that is broken
 * itself, told with what was found and, for a file from an arr app, the item whose release should be grabbed
 * again. The rest of the flow is progress, not news.
 */
final class TranscodeAlerts {

    private TranscodeAlerts() {}

    static List<Alert> of(TranscodeMessage message, Instant at) {
        return switch (message) {
            case TranscodeMessage.TranscodeFailed m -> List.of(failed(m, at));
            case TranscodeMessage.SourceDamaged m -> List.of(damaged(m, at));
            case TranscodeMessage.TranscodeFile ignored -> List.of();
            case TranscodeMessage.RunTranscode ignored -> List.of();
            case TranscodeMessage.MediaFileDetected ignored -> List.of();
            case TranscodeMessage.TranscodeRequested ignored -> List.of();
            case TranscodeMessage.TranscodeSkipped ignored -> List.of();
            case TranscodeMessage.TranscodeStarted ignored -> List.of();
            case TranscodeMessage.TranscodeProgressed ignored -> List.of();
            case TranscodeMessage.TranscodeCompleted ignored -> List.of();
            case TranscodeMessage.TranscodeNotBeneficial ignored -> List.of();
            case TranscodeMessage.TranscodeCancelled ignored -> List.of();
            case TranscodeMessage.TranscodeRetargeted ignored -> List.of();
        };
    }

    private static Alert failed(TranscodeMessage.TranscodeFailed m, Instant at) {
        return new Alert(
                "transcode:failed:" + m.jobId(),
                AlertStatus.NOTICE,
                "transcode",
                "TranscodeFailed",
                m.path(),
                Severity.WARNING,
                m.reason(),
                Map.of(),
                null,
                at);
    }

    private static Alert damaged(TranscodeMessage.SourceDamaged m, Instant at) {
        ArrItemRef item = m.arrItem();
        String regrab = item == null ? "" : "; grab it again in " + itemName(item);
        return new Alert(
                "transcode:source-damaged:" + m.jobId(),
                AlertStatus.NOTICE,
                "transcode",
                "SourceDamaged",
                m.path(),
                Severity.WARNING,
                m.reason() + "; the file was left untouched and not transcoded" + regrab,
                item == null ? Map.of() : Map.of("app", item.app().wireName(), "item", String.valueOf(item.itemId())),
                null,
                at);
    }

    /** The app and the item as the app names it, e.g. {@code sonarr (series 42)}. */
    private static String itemName(ArrItemRef item) {
        String kind =
                switch (item.app()) {
                    case SONARR -> "series";
                    case RADARR -> "movie";
                    case LIDARR -> "artist";
                    case PROWLARR -> "item";
                };
        return item.app().wireName() + " (" + kind + " " + item.itemId() + ")";
    }
}
