package io.arrflow.rotator.rotation.adapter;

import com.github.dockerjava.api.DockerClient;
import io.arrflow.model.Envelope;
import io.arrflow.rotator.RotatorProperties;
import io.arrflow.rotator.init.SecretGenerator;
import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.ArrInstance;
import io.arrflow.rotator.rotation.ArrTarget;
import io.arrflow.rotator.rotation.InterruptedRotation;
import io.arrflow.rotator.rotation.Recovery;
import io.arrflow.rotator.rotation.Rotation;
import io.arrflow.rotator.rotation.RotationEvents;
import io.arrflow.rotator.rotation.RotationJournal;
import io.arrflow.rotator.rotation.RotationMessages;
import io.arrflow.rotator.rotation.RotationOutcome;
import io.arrflow.rotator.rotation.RotationOutcome.Busy;
import io.arrflow.rotator.rotation.RotationReports;
import io.arrflow.rotator.rotation.UnknownApp;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** Runs rotations: resolves the app, takes its lock, rotates, publishes the outcome. */
public class RotationService {

    private static final Logger log = LoggerFactory.getLogger(RotationService.class);

    private final RotatorProperties properties;
    private final DockerClient docker;
    private final RotationLock lock;
    private final RotationJournals journals;
    private final ConsumerKeys consumers;
    private final RotationReports reports;
    private final SecretGenerator generator;
    private final Clock clock;
    private final MeterRegistry meters;

    public RotationService(
            RotatorProperties properties,
            DockerClient docker,
            RotationLock lock,
            RotationJournals journals,
            ConsumerKeys consumers,
            RotationMessages messages,
            SecretGenerator generator,
            Clock clock,
            MeterRegistry meters) {
        this.properties = properties;
        this.docker = docker;
        this.lock = lock;
        this.journals = journals;
        this.consumers = consumers;
        this.reports = new RotationReports(messages);
        this.generator = generator;
        this.clock = clock;
        this.meters = meters;
    }

    /** Rotates one app's key now; {@code cause} is the command that asked for it, if any. */
    public RotationOutcome rotate(String app, String trigger, Optional<Envelope> cause) {
        ArrTarget target = target(app);
        Optional<RotationLock.Lease> lease = lock.tryAcquire(target.app());
        if (lease.isEmpty()) {
            log.info(
                    "{}: rotation ({}) not started, another rotation holds {}{}",
                    target.app(),
                    trigger,
                    RotationLock.PREFIX,
                    target.app());
            return new Busy(target.app());
        }
        RotationOutcome outcome;
        try (RotationLock.Lease held = lease.get()) {
            log.info(
                    "{}: rotating {} ({}), container {}",
                    target.app(),
                    target.secretName(),
                    trigger,
                    target.container());
            ArrInstance instance = instanceOf(target);
            outcome =
                    rotationOf(target, instance, journals.journal(held.token())).run();
            journals.finish(target.app());
        }
        record(outcome);
        reports.report(outcome, cause);
        return outcome;
    }

    /** The configured apps, by name. */
    public List<String> apps() {
        return List.copyOf(properties.apps().keySet());
    }

    /** The apps the schedule rotates. */
    public List<String> scheduledApps() {
        return properties.apps().entrySet().stream()
                .filter(e -> e.getValue().scheduled())
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    /** The current version of an app's key (0 before its first rotation). */
    public int version(String app) {
        return consumers.version(target(app).secretName());
    }

    ArrTarget target(String app) {
        String name = RotationEvents.appOf(app);
        return properties
                .app(name)
                .map(config -> ArrTarget.of(name, config, properties.secretsDir()))
                .orElseThrow(() -> new UnknownApp(name, properties.apps().keySet()));
    }

    /**
     * Finishes or undoes the rotation of an app that a previous rotator process left unfinished,
     * releasing the lock it died holding, and announces the outcome as a rotation would.
     */
    Optional<RotationOutcome> recoverInterrupted(String app) {
        ArrTarget target = target(app);
        Optional<RotationJournals.Entry> unfinished = journals.unfinished(target.app());
        if (unfinished.isEmpty()) {
            return Optional.empty();
        }
        RotationJournals.Entry entry = unfinished.get();
        String stale = lock.releaseStale(target.app(), entry.lockToken()) ? ", its stale lock released" : "";
        Optional<RotationLock.Lease> lease = lock.tryAcquire(target.app());
        if (lease.isEmpty()) {
            log.warn(
                    "{}: unfinished rotation left alone, {}{} is held by another rotation",
                    app,
                    RotationLock.PREFIX,
                    app);
            return Optional.of(new Busy(target.app()));
        }
        RotationOutcome outcome;
        try (RotationLock.Lease held = lease.get()) {
            if (entry.step().terminal()) {
                journals.finish(target.app());
                log.info("{}: rotation had ended ({}) when the rotator stopped{}", target.app(), entry.step(), stale);
                return Optional.empty();
            }
            journals.takeOver(target.app(), held.token());
            ArrInstance instance = instanceOf(target);
            Rotation rotation = rotationOf(target, instance, journals.journal(held.token()));
            outcome = new InterruptedRotation(target.app(), instance, rotation).recover(entry.step(), entry.started());
            journals.finish(target.app());
        }
        log.atLevel(outcome instanceof RotationOutcome.Rotated ? Level.INFO : Level.WARN)
                .log(
                        "{}: {} (it had stopped after: {}{}): {}",
                        target.app(),
                        Recovery.INTERRUPTED,
                        entry.step().description(),
                        stale,
                        outcome);
        count(outcome);
        reports.report(outcome, Optional.empty());
        return Optional.of(outcome);
    }

    private ArrInstance instanceOf(ArrTarget target) {
        HttpArrHealth health =
                new HttpArrHealth(HttpArrHealth.client(), target.url(), target.apiPath(), properties.pollInterval());
        return new DockerArrInstance(target, docker, properties.stopTimeout(), health, consumers);
    }

    private Rotation rotationOf(ArrTarget target, ArrInstance instance, RotationJournal journal) {
        return new Rotation(
                target.app(), instance, () -> ApiKey.generate(generator), properties.healthyTimeout(), journal, clock);
    }

    private void record(RotationOutcome outcome) {
        if (outcome instanceof RotationOutcome.Rotated) {
            log.info("{}: {}", outcome.app(), outcome);
        } else {
            log.warn("{}: {}", outcome.app(), outcome);
        }
        count(outcome);
    }

    private void count(RotationOutcome outcome) {
        String result = outcome.getClass().getSimpleName();
        meters.counter("arrflow.rotations", "app", outcome.app(), "outcome", result)
                .increment();
    }
}
