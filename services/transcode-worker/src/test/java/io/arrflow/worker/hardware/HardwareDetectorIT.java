package io.arrflow.worker.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.transcode.process.CommandAborted;
import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.ProcessCommands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection with the real ffmpeg on this machine, which has no GPU. */
class HardwareDetectorIT {

    private static final List<EncoderFamily> ALL = List.of(EncoderFamily.values());

    private final ProcessCommands commands = new ProcessCommands();

    @Test
    void without_a_render_node_only_software_is_usable_and_the_log_says_why() {
        HardwareDetector detector =
                new HardwareDetector(commands, Path.of("/dev/dri/renderD128-missing"), Duration.ofSeconds(30));

        Capabilities capabilities = detector.detect(ALL, List.of());

        assertThat(capabilities.usable()).containsExactly(EncoderFamily.SOFTWARE);
        assertThat(capabilities.missing())
                .containsEntry(EncoderFamily.VAAPI, "no render node /dev/dri/renderD128-missing");
    }

    @Test
    void a_render_node_that_is_no_gpu_fails_the_real_device_trial(@TempDir Path dir) throws Exception {
        Path node = Files.createFile(dir.resolve("renderD128"));

        Capabilities capabilities = new HardwareDetector(commands, node, Duration.ofSeconds(30)).detect(ALL, List.of());

        assertThat(capabilities.usable()).containsExactly(EncoderFamily.SOFTWARE);
        assertThat(capabilities.missing().get(EncoderFamily.VAAPI)).startsWith("device trial failed: ");
        assertThat(capabilities.missing().get(EncoderFamily.QSV)).startsWith("device trial failed: ");
    }

    @Test
    void a_disabled_family_is_not_even_tried() {
        Capabilities capabilities = new HardwareDetector(commands, Path.of("/nonexistent"), Duration.ofSeconds(5))
                .detect(List.of(EncoderFamily.SOFTWARE), List.of(EncoderFamily.VAAPI));

        assertThat(capabilities.missing()).containsEntry(EncoderFamily.VAAPI, "disabled by configuration");
        assertThat(capabilities.usable()).containsExactly(EncoderFamily.SOFTWARE);
    }

    @Test
    void the_software_encoder_passes_its_own_trial() {
        HardwareDetector detector = new HardwareDetector(commands, Path.of("/x"), Duration.ofSeconds(30));

        CommandResult trial = commands.run(detector.trialCommand(EncoderFamily.SOFTWARE), Duration.ofSeconds(60));

        assertThat(trial.succeeded()).as(trial.reason()).isTrue();
    }

    @Test
    void a_command_that_runs_too_long_is_killed_and_aborted_commands_refuse_new_work() {
        CommandResult slow = commands.run(List.of("sleep", "5"), Duration.ofMillis(200));

        assertThat(slow.exitCode()).isEqualTo(-1);
        assertThat(slow.reason()).startsWith("timed out after");
        commands.abortAll();
        assertThatThrownBy(() -> commands.run(List.of("true"), Duration.ofSeconds(5)))
                .isInstanceOf(CommandAborted.class);
    }
}
