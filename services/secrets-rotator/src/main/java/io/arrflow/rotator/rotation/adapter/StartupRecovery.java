package io.arrflow.rotator.rotation.adapter;

import io.arrflow.rotator.rotation.Rotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * At start-up, before the command consumer, the schedule and the web server start, finishes or
 * undoes every rotation a previous rotator process left unfinished (see {@link RotationService#recoverInterrupted}).
 */
public class StartupRecovery implements SmartLifecycle {

    /** Before the web server and the RabbitMQ listener containers, which start in later phases. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(StartupRecovery.class);

    private final RotationService rotations;
    private volatile boolean running;

    public StartupRecovery(RotationService rotations) {
        this.rotations = rotations;
    }

    @Override
    public void start() {
        rotations.apps().forEach(this::recover);
        running = true;
    }

    private void recover(String app) {
        try {
            rotations.recoverInterrupted(app);
        } catch (RuntimeException e) {
            // One app's Docker or Redis trouble must not keep the others unrecovered or the service down.
            log.warn("{}: unfinished rotation not recovered: {}", app, Rotation.describe(e));
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
