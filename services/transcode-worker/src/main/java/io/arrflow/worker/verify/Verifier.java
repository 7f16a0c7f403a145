package io.arrflow.worker.verify;

import io.arrflow.transcode.probe.MediaProbe;
import io.arrflow.transcode.probe.ProbeFailed;
import io.arrflow.transcode.process.Awaited;
import io.arrflow.transcode.process.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.FutureTask;

/** Mandatory verification of an output: size band, then ffprobe checks and a full decode pass side by side. */
public final class Verifier {

    private final MediaProbe probe;
    private final DecodePass decodePass;
    private final OutputRules rules;
    private final int maxDecodeErrors;

    public Verifier(
            MediaProbe probe, Commands commands, OutputRules rules, int maxDecodeErrors, Duration decodeTimeout) {
        this.probe = probe;
        this.decodePass = new DecodePass(commands, decodeTimeout);
        this.rules = rules;
        this.maxDecodeErrors = maxDecodeErrors;
    }

    /**
     * The decode pass runs beside ffprobe: both only read the output, and a probe costs about 0.2 s
     * (Jaffree waits 100 ms after every process), which every job would otherwise add to its time.
     * A probe or stream problem wins and stops the decode.
     */
    public Verdict verify(Path output, Expectation expected) {
        long bytes = size(output);
        Optional<String> tooLarge = rules.sizeProblem(expected, bytes);
        if (tooLarge.isPresent()) {
            return new Verdict.NotBeneficial(bytes, tooLarge.get());
        }
        FutureTask<Optional<String>> decode = new FutureTask<>(() -> decodeProblem(output));
        Thread decoder = Thread.ofVirtual().name("verify-decode").start(decode);
        Optional<String> problem = probeProblem(output, expected);
        if (problem.isPresent()) {
            decoder.interrupt();
            return new Verdict.Rejected(problem.get());
        }
        return Awaited.result(decode, "verification")
                .<Verdict>map(Verdict.Rejected::new)
                .orElse(new Verdict.Verified(bytes));
    }

    private Optional<String> probeProblem(Path output, Expectation expected) {
        try {
            return rules.streamProblem(expected, probe.probe(output));
        } catch (ProbeFailed e) {
            return Optional.of("output unreadable: " + e.getMessage());
        }
    }

    private Optional<String> decodeProblem(Path output) {
        Decoded decoded = decodePass.run(output);
        if (decoded.ranToTheEnd() && decoded.errors() <= maxDecodeErrors) {
            return Optional.empty();
        }
        return Optional.of("decode pass found " + decoded.errors() + " errors (exit " + decoded.exitCode() + "): "
                + decoded.reason());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
