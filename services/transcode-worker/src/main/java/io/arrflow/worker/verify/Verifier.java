package io.arrflow.worker.verify;

import io.arrflow.worker.media.CommandResult;
import io.arrflow.worker.media.Commands;
import io.arrflow.worker.media.MediaInfo;
import io.arrflow.worker.media.MediaProbe;
import io.arrflow.worker.media.ProbeFailed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Mandatory verification of an output: size band, ffprobe checks, then a full decode pass. */
public final class Verifier {

    private final MediaProbe probe;
    private final Commands commands;
    private final OutputRules rules;
    private final int maxDecodeErrors;
    private final Duration decodeTimeout;

    public Verifier(
            MediaProbe probe, Commands commands, OutputRules rules, int maxDecodeErrors, Duration decodeTimeout) {
        this.probe = probe;
        this.commands = commands;
        this.rules = rules;
        this.maxDecodeErrors = maxDecodeErrors;
        this.decodeTimeout = decodeTimeout;
    }

    public Verdict verify(Path output, Expectation expected) {
        long bytes = size(output);
        Optional<String> tooLarge = rules.sizeProblem(expected, bytes);
        if (tooLarge.isPresent()) {
            return new Verdict.NotBeneficial(bytes, tooLarge.get());
        }
        MediaInfo probed;
        try {
            probed = probe.probe(output);
        } catch (ProbeFailed e) {
            return new Verdict.Rejected("output unreadable: " + e.getMessage());
        }
        Optional<String> problem = rules.streamProblem(expected, probed).or(() -> decodeProblem(output));
        return problem.<Verdict>map(Verdict.Rejected::new).orElse(new Verdict.Verified(bytes));
    }

    private Optional<String> decodeProblem(Path output) {
        CommandResult decode = commands.run(
                List.of(
                        "ffmpeg",
                        "-hide_banner",
                        "-nostdin",
                        "-v",
                        "error",
                        "-i",
                        output.toString(),
                        "-map",
                        "0:v?",
                        "-map",
                        "0:a?",
                        "-f",
                        "null",
                        "-"),
                decodeTimeout);
        int errors = decode.errorLines().size();
        if (decode.succeeded() && errors <= maxDecodeErrors) {
            return Optional.empty();
        }
        return Optional.of(
                "decode pass found " + errors + " errors (exit " + decode.exitCode() + "): " + decode.reason());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
