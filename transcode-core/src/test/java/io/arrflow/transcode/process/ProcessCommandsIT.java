package io.arrflow.transcode.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Real processes through {@link ProcessCommands}: output streamed, stderr kept short, timeouts and shutdown. */
class ProcessCommandsIT {

    private static final Duration ENOUGH = Duration.ofSeconds(20);

    private final ProcessCommands commands = new ProcessCommands();

    @Test
    void stdout_is_streamed_and_stderr_and_the_exit_code_are_kept() {
        List<String> out = new ArrayList<>();

        CommandResult result = commands.run(sh("echo one; echo two; echo 'disk full' >&2; exit 3"), ENOUGH, out::add);

        assertThat(out).containsExactly("one", "two");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo("disk full");
    }

    @Test
    void only_the_last_forty_stderr_lines_are_kept() {
        CommandResult result = commands.run(sh("for i in $(seq 1 50); do echo line $i >&2; done"), ENOUGH);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.errorLines()).hasSize(40).startsWith("line 11").endsWith("line 50");
    }

    @Test
    void a_command_past_its_timeout_is_killed_and_says_so() {
        CommandResult result = commands.run(List.of("sleep", "30"), Duration.ofMillis(300));

        assertThat(result.exitCode()).isEqualTo(-1);
        assertThat(result.reason()).isEqualTo("timed out after PT0.3S");
    }

    @Test
    void a_shutdown_stops_running_commands_and_refuses_new_ones() throws Exception {
        CompletableFuture<CommandResult> running =
                CompletableFuture.supplyAsync(() -> commands.run(List.of("sleep", "30"), ENOUGH));
        TimeUnit.MILLISECONDS.sleep(500);

        commands.abortAll();

        assertThatThrownBy(() -> running.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CommandAborted.class);
        assertThatThrownBy(() -> commands.run(List.of("true"), ENOUGH))
                .isInstanceOf(CommandAborted.class)
                .hasMessage("worker is shutting down");
    }

    private static List<String> sh(String script) {
        return List.of("sh", "-c", script);
    }
}
