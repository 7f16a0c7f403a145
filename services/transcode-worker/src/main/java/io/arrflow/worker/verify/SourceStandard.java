package io.arrflow.worker.verify;

import io.arrflow.transcode.probe.MediaInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** When a source counts as damaged: more decode errors than tolerated, or it stops short of its declared end. */
public final class SourceStandard {

    private final int maxDecodeErrors;
    private final DurationTolerance tolerance;

    public SourceStandard(int maxDecodeErrors, DurationTolerance tolerance) {
        this.maxDecodeErrors = maxDecodeErrors;
        this.tolerance = tolerance;
    }

    public SourceVerdict judge(Decoded decoded, MediaInfo media) {
        if (!decoded.ranToTheEnd() && !decoded.gaveUpOnTheFile()) {
            return new SourceVerdict.Undecodable("the source check could not decode the file (exit "
                    + decoded.exitCode() + "): " + decoded.reason());
        }
        SourceHealth health = SourceHealth.of(decoded, media);
        List<String> findings = Stream.of(errorFinding(decoded), durationFinding(health))
                .flatMap(Optional::stream)
                .toList();
        return findings.isEmpty()
                ? new SourceVerdict.Sound(health)
                : new SourceVerdict.Damaged(health, String.join("; ", findings));
    }

    private Optional<String> errorFinding(Decoded decoded) {
        String first = decoded.firstError().isEmpty() ? "" : " (first: " + decoded.firstError() + ")";
        if (decoded.gaveUpOnTheFile()) {
            return Optional.of("the decoder gave up: too many frames failed to decode" + first);
        }
        if (decoded.errors() > maxDecodeErrors) {
            return Optional.of(decoded.errors() + " decode errors" + first);
        }
        return Optional.empty();
    }

    /** A container that declares no duration gives nothing to fall short of. */
    private Optional<String> durationFinding(SourceHealth health) {
        double declared = health.declaredSeconds();
        if (declared <= 0 || !tolerance.fallsShort(declared, health.decodedSeconds())) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT, "decodes to %.1f s of the %.1f s it declares", health.decodedSeconds(), declared));
    }
}
