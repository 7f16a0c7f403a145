package io.arrflow.worker.job;

import io.arrflow.worker.swap.Leftover;
import io.arrflow.worker.swap.Recovery;
import io.arrflow.worker.swap.StoppedProcess;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Before a worker takes jobs, it resolves what its interrupted jobs left and reports finished ones. */
final class StartupRecovery {

    private static final Logger log = LoggerFactory.getLogger(StartupRecovery.class);

    private final Recovery recovery;
    private final Completions completions;

    StartupRecovery(Recovery recovery, Completions completions) {
        this.recovery = recovery;
        this.completions = completions;
    }

    List<Leftover> run() {
        List<Leftover> leftovers = recovery.resolveAll();
        for (Leftover leftover : leftovers) {
            for (StoppedProcess process : leftover.stopped()) {
                log.warn(
                        "interrupted job {}: stopped process {} that the dead worker left running: {}",
                        leftover.journal().jobId(),
                        process.pid(),
                        process.commandLine());
            }
            switch (leftover) {
                case Leftover.RolledBack back ->
                    log.info(
                            "interrupted job {}: original {} kept, temp files removed; the job will run again",
                            back.journal().jobId(),
                            back.journal().original());
                case Leftover.RolledForward forward -> {
                    completions.complete(forward.journal(), null);
                    log.info(
                            "interrupted swap of job {} finished: {} is in place",
                            forward.journal().jobId(),
                            forward.target());
                }
                case Leftover.Unresolved unresolved ->
                    log.error(
                            "job {} left files that need a person: {} (journal kept: {})",
                            unresolved.journal().jobId(),
                            unresolved.why(),
                            unresolved.journal());
            }
        }
        return leftovers;
    }
}
