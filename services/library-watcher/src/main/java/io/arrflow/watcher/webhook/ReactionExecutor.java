package io.arrflow.watcher.webhook;

import io.arrflow.model.ArrApp;
import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.watcher.jobs.PendingJobs;
import io.arrflow.watcher.library.LibraryGuard;
import io.arrflow.watcher.library.UnsafePath;
import io.arrflow.watcher.policy.Decision.Skip;
import io.arrflow.watcher.policy.TranscodePolicy;
import io.arrflow.watcher.webhook.Reaction.Acknowledge;
import io.arrflow.watcher.webhook.Reaction.Announce;
import io.arrflow.watcher.webhook.Reaction.Cancel;
import io.arrflow.watcher.webhook.Reaction.Ignore;
import io.arrflow.watcher.webhook.Reaction.Import;
import io.arrflow.watcher.webhook.Reaction.Refuse;
import io.arrflow.watcher.webhook.Reaction.Retarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Carries out a webhook's reaction. Imports are checked (path mapping, library roots) before anything
 * is published, so an unsafe request queues nothing; the slow part (ffprobe, policy) happens later,
 * off the arr app's thread, in the detection consumer.
 */
class ReactionExecutor implements Webhooks {

    private final PathMapper mapper;
    private final LibraryGuard guard;
    private final TranscodePolicy policy;
    private final PendingJobs pending;
    private final WebhookEvents events;

    ReactionExecutor(
            PathMapper mapper, LibraryGuard guard, TranscodePolicy policy, PendingJobs pending, WebhookEvents events) {
        this.mapper = mapper;
        this.guard = guard;
        this.policy = policy;
        this.pending = pending;
        this.events = events;
    }

    @Override
    public WebhookResult handle(ArrApp app, ArrWebhook hook) {
        Reaction reaction = WebhookReactions.react(app, hook);
        int published =
                switch (reaction) {
                    case Acknowledge ignored -> 0;
                    case Import imported -> importFiles(app, imported);
                    case Cancel cancel ->
                        pending.cancel(
                                local(cancel.files()), local(cancel.folders()), cancel.reason(), cancel.onlyMissing());
                    case Retarget retarget -> retarget(retarget);
                    case Announce announce -> announce(announce);
                    case Ignore ignored -> 0;
                    case Refuse refuse -> throw new RefusedWebhook(refuse.reason());
                };
        String outcome = reaction instanceof Ignore ? "ignored" : "handled";
        return new WebhookResult(hook.eventType(), reaction.name(), outcome, published);
    }

    private int importFiles(ArrApp app, Import imported) {
        List<String> files = local(imported.files());
        Optional<Skip> excluded = policy.excludedByTags(imported.tags());
        if (excluded.isPresent()) {
            files.forEach(f -> events.announce(new TranscodeSkipped(
                    f, excluded.get().reason(), excluded.get().detail())));
            return files.size();
        }
        List<Path> safe = files.stream().map(this::requireSafe).toList();
        int cancelled = pending.cancel(local(imported.replaced()), List.of(), "replaced by an upgrade", false);
        String origin = app.wireName() + "-webhook";
        safe.forEach(file -> events.detected(detected(file, origin, imported)));
        return cancelled + safe.size();
    }

    private Path requireSafe(String path) {
        try {
            return guard.requireMediaFile(path);
        } catch (UnsafePath e) {
            throw new RefusedWebhook(e.getMessage() + "; nothing was queued");
        }
    }

    private int retarget(Retarget retarget) {
        int published = 0;
        for (Reaction.Move move : retarget.moves()) {
            published += pending.follow(mapper.toLocal(move.from()), mapper.toLocal(move.to()));
        }
        return published;
    }

    private int announce(Announce announce) {
        events.announce(announce.event());
        return 1;
    }

    private List<String> local(List<String> arrPaths) {
        return arrPaths.stream().map(mapper::toLocal).toList();
    }

    private static MediaFileDetected detected(Path file, String origin, Import imported) {
        try {
            FileFingerprint print = FileFingerprint.of(file);
            return new MediaFileDetected(
                    print.path(),
                    print.sizeBytes(),
                    Instant.ofEpochMilli(print.modifiedMillis()),
                    origin,
                    imported.item());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
