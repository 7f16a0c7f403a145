package io.arrflow.watcher.webhook;

import static io.arrflow.watcher.webhook.ArrWebhook.orEmpty;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage.ArrActivityRecorded;
import io.arrflow.model.ArrMessage.ArrApplicationUpdated;
import io.arrflow.model.ArrMessage.ArrHealthIssue;
import io.arrflow.model.ArrMessage.ArrHealthRestored;
import io.arrflow.model.ArrMessage.ArrManualInteractionRequired;
import io.arrflow.watcher.webhook.ArrWebhook.Item;
import io.arrflow.watcher.webhook.ArrWebhook.MediaFile;
import io.arrflow.watcher.webhook.Reaction.Acknowledge;
import io.arrflow.watcher.webhook.Reaction.Announce;
import io.arrflow.watcher.webhook.Reaction.Cancel;
import io.arrflow.watcher.webhook.Reaction.Ignore;
import io.arrflow.watcher.webhook.Reaction.Import;
import io.arrflow.watcher.webhook.Reaction.Move;
import io.arrflow.watcher.webhook.Reaction.Refuse;
import io.arrflow.watcher.webhook.Reaction.Retarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/** Maps an arr webhook to arrflow's reaction. Pure: no I/O, paths as the arr app sent them. */
final class WebhookReactions {

    private WebhookReactions() {}

    static Reaction react(ArrApp app, ArrWebhook hook) {
        String event = hook.eventType() == null ? "" : hook.eventType().toLowerCase(Locale.ROOT);
        return switch (event) {
            case "test" -> new Acknowledge();
            case "download" -> imported(app, hook);
            case "episodefiledelete", "moviefiledelete" ->
                new Cancel(
                        paths(Stream.of(hook.episodeFile(), hook.movieFile())),
                        List.of(),
                        "file deleted (" + hook.deleteReason() + ")",
                        false);
            case "seriesdelete", "moviedelete", "artistdelete", "albumdelete" -> removed(hook);
            case "rename" -> renamed(hook);
            case "health" -> new Announce(healthIssue(app, hook));
            case "healthrestored" -> new Announce(healthRestored(app, hook));
            case "manualinteractionrequired" -> new Announce(manualInteraction(app, hook));
            case "applicationupdate" ->
                new Announce(new ArrApplicationUpdated(
                        app,
                        hook.instanceName(),
                        hook.previousVersion(),
                        hook.newVersion(),
                        hook.message(),
                        link(hook)));
            case "grab", "seriesadd", "movieadded", "artistadd", "downloadfailure", "importfailure", "retag" ->
                new Announce(new ArrActivityRecorded(app, hook.instanceName(), hook.eventType(), title(hook)));
            default -> new Ignore(hook.eventType() == null ? "(none)" : hook.eventType());
        };
    }

    private static Reaction imported(ArrApp app, ArrWebhook hook) {
        List<String> files = paths(Stream.of(
                        Stream.of(hook.episodeFile(), hook.movieFile()),
                        orEmpty(hook.episodeFiles()).stream(),
                        orEmpty(hook.trackFiles()).stream())
                .flatMap(s -> s));
        if (files.isEmpty()) {
            return new Refuse("a Download webhook must name the imported file (episodeFile, movieFile or"
                    + " trackFiles with a path); this one names none, so nothing was queued");
        }
        Item owner = owner(hook);
        ArrItemRef ref = owner == null || owner.id() == null ? null : new ArrItemRef(app, owner.id());
        List<String> tags = owner == null ? List.of() : orEmpty(owner.tags());
        return new Import(files, ref, tags, hook.replacedFilePaths());
    }

    private static Reaction removed(ArrWebhook hook) {
        Item owner = owner(hook);
        List<String> folders = owner == null || owner.folder() == null ? List.of() : List.of(owner.folder());
        String reason = hook.eventType().toLowerCase(Locale.ROOT);
        return new Cancel(hook.replacedFilePaths(), folders, reason, hook.album() != null);
    }

    private static Reaction renamed(ArrWebhook hook) {
        List<Move> moves = new ArrayList<>();
        Stream.of(hook.renamedEpisodeFiles(), hook.renamedMovieFiles(), hook.renamedTrackFiles())
                .flatMap(list -> orEmpty(list).stream())
                .filter(f -> f.previousPath() != null && f.path() != null)
                .forEach(f -> moves.add(new Move(f.previousPath(), f.path())));
        return new Retarget(moves);
    }

    private static ArrHealthIssue healthIssue(ArrApp app, ArrWebhook hook) {
        return new ArrHealthIssue(
                app, hook.instanceName(), hook.level(), hook.type(), hook.message(), hook.wikiUrl(), link(hook));
    }

    private static ArrHealthRestored healthRestored(ArrApp app, ArrWebhook hook) {
        return new ArrHealthRestored(
                app, hook.instanceName(), hook.level(), hook.type(), hook.message(), hook.wikiUrl(), link(hook));
    }

    private static ArrManualInteractionRequired manualInteraction(ArrApp app, ArrWebhook hook) {
        String title = hook.release() != null ? hook.release().releaseTitle() : title(hook);
        return new ArrManualInteractionRequired(
                app, hook.instanceName(), title, hook.downloadStatus(), hook.message(), link(hook));
    }

    private static Item owner(ArrWebhook hook) {
        return hook.series() != null ? hook.series() : hook.movie() != null ? hook.movie() : hook.artist();
    }

    private static String title(ArrWebhook hook) {
        Item owner = owner(hook);
        if (owner != null && owner.label() != null) {
            return owner.label();
        }
        return hook.releaseTitle() != null ? hook.releaseTitle() : hook.eventType();
    }

    private static String link(ArrWebhook hook) {
        return hook.applicationUrl() == null || hook.applicationUrl().isBlank() ? null : hook.applicationUrl();
    }

    private static List<String> paths(Stream<MediaFile> files) {
        return files.filter(Objects::nonNull)
                .map(MediaFile::path)
                .filter(Objects::nonNull)
                .toList();
    }
}
