package io.arrflow.worker.encode;

import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one rung: a one-frame trial on the actual input first when the rung uses hardware (as
 * FileFlows does), then the encode with progress.
 */
public final class Encoder {

    private final Commands commands;
    private final Duration trialTimeout;
    private final Duration encodeTimeout;
    private final Clock clock;

    public Encoder(Commands commands, Duration trialTimeout, Duration encodeTimeout, Clock clock) {
        this.commands = commands;
        this.trialTimeout = trialTimeout;
        this.encodeTimeout = encodeTimeout;
        this.clock = clock;
    }

    /** Why a hardware rung cannot run on this input, from a one-frame trial; empty for software. */
    public Optional<String> trialProblem(EncodeSpec spec) {
        if (!spec.rung().family().isHardware()) {
            return Optional.empty();
        }
        CommandResult trial = commands.run(FfmpegCommand.trial(spec), trialTimeout);
        return trial.succeeded() ? Optional.empty() : Optional.of("one-frame trial failed: " + trial.reason());
    }

    public Attempt run(EncodeSpec spec, Consumer<Progress> progress) {
        Optional<String> trial = trialProblem(spec);
        if (trial.isPresent()) {
            return new Attempt.Failed(trial.get());
        }
        ProgressParser parser = new ProgressParser(spec.media().durationSeconds());
        FpsAverage fps = new FpsAverage();
        long started = clock.millis();
        CommandResult result = commands.run(FfmpegCommand.encode(spec), encodeTimeout, line -> parser.accept(line)
                .ifPresent(p -> {
                    fps.add(p.fps());
                    progress.accept(p);
                }));
        double seconds = (clock.millis() - started) / 1000.0;
        return result.succeeded() ? new Attempt.Encoded(seconds, fps.mean()) : new Attempt.Failed(result.reason());
    }

    private static final class FpsAverage {
        private double sum;
        private int count;

        void add(double fps) {
            if (fps > 0) {
                sum += fps;
                count++;
            }
        }

        double mean() {
            return count == 0 ? 0 : sum / count;
        }
    }
}
