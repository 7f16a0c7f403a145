package io.arrflow.worker.verify;

import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Decodes a file's video (cover art aside) and audio to nothing: the errors the decoders report, and how far
 * in time they really got, from ffmpeg's {@code -progress} report.
 */
public final class DecodePass {

    private static final Pattern DECODER_PREFIX = Pattern.compile("^\\[[^]]+ @ 0x[0-9a-f]+] ");

    private final Commands commands;
    private final Duration timeout;

    public DecodePass(Commands commands, Duration timeout) {
        this.commands = commands;
        this.timeout = timeout;
    }

    public Decoded run(Path file) {
        ReachedTime reached = new ReachedTime();
        CommandResult result = commands.run(command(file), timeout, reached);
        List<String> errors =
                result.errorLines().stream().filter(line -> !line.isBlank()).toList();
        String first = errors.isEmpty()
                ? ""
                : DECODER_PREFIX.matcher(errors.getFirst().trim()).replaceFirst("");
        return new Decoded(result.exitCode(), errors.size(), first, result.reason(), reached.seconds());
    }

    private static List<String> command(Path file) {
        return List.of(
                "ffmpeg",
                "-hide_banner",
                "-nostdin",
                "-nostats",
                "-v",
                "error",
                "-progress",
                "pipe:1",
                "-i",
                file.toString(),
                "-map",
                "0:V?",
                "-map",
                "0:a?",
                "-f",
                "null",
                "-");
    }

    /**
     * The latest {@code out_time_us} of the progress report: the end of the longest decoded stream, counted
     * from the file's start.
     */
    private static final class ReachedTime implements Consumer<String> {

        private static final String KEY = "out_time_us=";
        private long micros;

        @Override
        public void accept(String line) {
            if (line.startsWith(KEY)) {
                try {
                    micros = Math.max(
                            micros, Long.parseLong(line.substring(KEY.length()).trim()));
                } catch (NumberFormatException notYetKnown) {
                    // ffmpeg says N/A until the first frame is out
                }
            }
        }

        double seconds() {
            return micros / 1_000_000.0;
        }
    }
}
