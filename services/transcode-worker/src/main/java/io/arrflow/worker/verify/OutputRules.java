package io.arrflow.worker.verify;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import java.time.Duration;
import java.util.Optional;

/** The checks on a probed output: codec, duration, stream counts, and the size band. */
public final class OutputRules {

    private final double sizeRatio;
    private final DurationTolerance durationTolerance;

    public OutputRules(double sizeRatio, Duration durationTolerance) {
        this.sizeRatio = sizeRatio;
        this.durationTolerance = DurationTolerance.ofFloor(durationTolerance);
    }

    /** The size band: a transcode must come out at most source × ratio. */
    public Optional<String> sizeProblem(Expectation expected, long outputBytes) {
        if (!expected.checkSize() || outputBytes <= expected.sourceBytes() * sizeRatio) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "output %d bytes is above %.2f × source %d bytes", outputBytes, sizeRatio, expected.sourceBytes()));
    }

    /** Everything but size and decoding; empty when the output is what was asked for. */
    public Optional<String> streamProblem(Expectation expected, MediaInfo output) {
        String codec = output.mainVideo().map(StreamInfo::codec).orElse("none");
        if (!codec.equals(expected.videoCodec())) {
            return Optional.of("video codec is " + codec + ", expected " + expected.videoCodec());
        }
        if (durationTolerance.differs(expected.durationSeconds(), output.durationSeconds())) {
            return Optional.of(String.format(
                    "duration %.1fs differs from the source's %.1fs",
                    output.durationSeconds(), expected.durationSeconds()));
        }
        return countProblem("audio", expected.audioStreams(), output.count(StreamKind.AUDIO))
                .or(() -> countProblem("subtitle", expected.subtitleStreams(), output.count(StreamKind.SUBTITLE)));
    }

    private static Optional<String> countProblem(String kind, long expected, long actual) {
        return expected == actual
                ? Optional.empty()
                : Optional.of(actual + " " + kind + " streams, expected " + expected);
    }
}
