package io.arrflow.transcode.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Real processes: tied to the worker's life, not to the life of the thread that asked for them. */
class ProcessLauncherIT {

    private final ProcessLauncher launcher = ProcessLauncher.shared();

    @Test
    void processes_run_under_a_parent_death_signal_on_this_machine() {
        assertThat(launcher.tiedToWorker()).as(launcher.lifetime()).isTrue();
        assertThat(launcher.lifetime()).contains("setpriv --pdeathsig KILL");
    }

    @Test
    void a_process_outlives_the_thread_that_started_it() throws Exception {
        AtomicReference<Process> started = new AtomicReference<>();
        Thread shortLived = Thread.ofPlatform().start(() -> {
            Process sleep = launcher.start(List.of("sleep", "2"));
            started.set(sleep);
            // the thread ends only once setpriv has set the signal and become sleep: else it would not count
            while (sleep.isAlive() && !sleep.info().command().orElse("").endsWith("/sleep")) {
                Thread.onSpinWait();
            }
        });
        shortLived.join();

        Process process = started.get();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit 0, not killed (137)").isZero();
    }

    @Test
    void a_program_that_is_not_installed_cannot_be_started() {
        assertThatThrownBy(() -> launcher.start(List.of("arrflow-no-such-tool", "-h")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot start arrflow-no-such-tool");
    }
}
