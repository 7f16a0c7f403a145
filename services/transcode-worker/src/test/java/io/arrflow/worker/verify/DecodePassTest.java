package io.arrflow.worker.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** How a decode pass reads ffmpeg: the progress report on stdout, the errors on stderr. */
class DecodePassTest {

    private final ScriptedFfmpeg ffmpeg = new ScriptedFfmpeg();
    private final DecodePass pass = new DecodePass(ffmpeg, Duration.ofMinutes(1));

    @Test
    void decodes_every_video_but_cover_art_and_every_audio_stream_to_nothing_with_a_progress_report() {
        pass.run(Path.of("/tv/e01.mkv"));

        assertThat(ffmpeg.command)
                .containsSubsequence("-progress", "pipe:1")
                .containsSubsequence("-i", "/tv/e01.mkv")
                .containsSubsequence("-map", "0:V?", "-map", "0:a?")
                .endsWith("-f", "null", "-");
    }

    @Test
    void the_time_reached_is_the_furthest_the_progress_report_got() {
        ffmpeg.progress = List.of(
                "out_time_us=N/A",
                "progress=continue",
                "out_time_us=1960000",
                "progress=continue",
                "out_time_us=1980000",
                "progress=end");

        assertThat(pass.run(Path.of("/tv/e01.mkv")).reachedSeconds()).isEqualTo(1.98);
    }

    @Test
    void counts_the_error_lines_and_keeps_the_first_without_the_decoders_address() {
        ffmpeg.stderr = List.of(
                "[h264 @ 0x5581c0a3e2c0] Invalid NAL unit size (8312 > 2048).",
                "[h264 @ 0x5581c0a3e2c0] Error splitting the input into NAL units.",
                "");

        Decoded decoded = pass.run(Path.of("/tv/e01.mkv"));

        assertThat(decoded.errors()).isEqualTo(2);
        assertThat(decoded.firstError()).isEqualTo("Invalid NAL unit size (8312 > 2048).");
        assertThat(decoded.ranToTheEnd()).isTrue();
    }

    private static final class ScriptedFfmpeg implements Commands {

        List<String> command = new ArrayList<>();
        List<String> progress = List.of();
        List<String> stderr = List.of();

        @Override
        public CommandResult run(List<String> command, Duration timeout, Consumer<String> stdout) {
            this.command = command;
            progress.forEach(stdout);
            return new CommandResult(0, stderr);
        }

        @Override
        public void abortAll() {}
    }
}
