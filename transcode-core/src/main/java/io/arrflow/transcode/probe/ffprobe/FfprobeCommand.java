package io.arrflow.transcode.probe.ffprobe;

import com.github.kokorin.jaffree.ffprobe.FFprobeResult;
import com.github.kokorin.jaffree.ffprobe.data.JsonFormatParser;
import io.arrflow.transcode.probe.ProbeFailed;
import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import io.arrflow.transcode.process.StderrLine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ffprobe run whose JSON Jaffree reads. What ffprobe says on stderr is logged with the file's name:
 * errors in a file it could read at WARN, its warnings (e.g. {@code Unsupported codec with id 98304} for a
 * font attachment, which is kept) at DEBUG; when it cannot read the file, its errors are the failure's reason.
 */
final class FfprobeCommand {

    private static final Logger log = LoggerFactory.getLogger(FfprobeMediaProbe.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final List<String> JSON_OUT =
            List.of("ffprobe", "-hide_banner", "-loglevel", "level+warning", "-print_format", "json");

    private final Commands commands;

    FfprobeCommand(Commands commands) {
        this.commands = commands;
    }

    /** Runs ffprobe on {@code file}; {@code what} names the part asked about in a failure ("the first frame of "). */
    FFprobeResult run(Path file, String what, List<String> options) {
        List<String> command = new ArrayList<>(JSON_OUT);
        command.addAll(options);
        command.addAll(List.of("-i", file.toString()));
        StringBuilder json = new StringBuilder();
        CommandResult result =
                commands.run(command, TIMEOUT, line -> json.append(line).append('\n'));
        List<StderrLine> said = result.errorLines().stream()
                .filter(line -> !line.isBlank())
                .map(StderrLine::parse)
                .toList();
        if (!result.succeeded()) {
            said.forEach(line -> log.debug("ffprobe cannot read {}: {}", file, line.text()));
            throw new ProbeFailed(
                    "ffprobe cannot read " + what + file.getFileName() + ": " + cause(file, said, result), null);
        }
        said.forEach(line -> logRead(file, line));
        return parse(file, json);
    }

    private static FFprobeResult parse(Path file, StringBuilder json) {
        try {
            return new FFprobeResult(new JsonFormatParser()
                    .parse(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (RuntimeException e) {
            throw new ProbeFailed(
                    "ffprobe's answer about " + file.getFileName() + " is unreadable: " + firstLine(e), e);
        }
    }

    /** ffprobe's errors, in order and once each; else its last line. */
    private static String cause(Path file, List<StderrLine> said, CommandResult result) {
        List<String> errors = said.stream()
                .filter(line -> line.severity() == StderrLine.Severity.ERROR)
                .map(line -> line.about(file.toString()))
                .distinct()
                .toList();
        return errors.isEmpty() ? result.reason() : String.join("; ", errors);
    }

    private static void logRead(Path file, StderrLine line) {
        switch (line.severity()) {
            case ERROR -> log.warn("ffprobe read {} but found: {}", file, line.about(file.toString()));
            case WARNING, OTHER -> log.debug("ffprobe on {}: {}", file, line.about(file.toString()));
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
