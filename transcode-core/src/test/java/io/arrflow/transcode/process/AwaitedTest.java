package io.arrflow.transcode.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class AwaitedTest {

    @Test
    void the_result_of_finished_work() {
        assertThat(Awaited.result(CompletableFuture.completedFuture("done"), "work"))
                .isEqualTo("done");
    }

    @Test
    void the_work_s_own_failure_is_rethrown_unchanged() {
        IllegalArgumentException failure = new IllegalArgumentException("sample encode failed");

        assertThatThrownBy(() -> Awaited.result(CompletableFuture.failedFuture(failure), "work"))
                .isSameAs(failure);
    }

    @Test
    void an_interrupt_cancels_the_work_and_aborts() {
        FutureTask<String> never = new FutureTask<>(() -> "never run");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Awaited.result(never, "verification"))
                    .isInstanceOf(CommandAborted.class)
                    .hasMessage("verification interrupted");
            assertThat(never.isCancelled()).isTrue();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
