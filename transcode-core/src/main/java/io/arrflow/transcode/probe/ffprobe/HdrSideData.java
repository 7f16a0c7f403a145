package io.arrflow.transcode.probe.ffprobe;

import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.HdrMetadata.Chromaticity;
import io.arrflow.transcode.probe.HdrMetadata.ContentLight;
import io.arrflow.transcode.probe.HdrMetadata.MasteringDisplay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Reads HDR10 static metadata from ffprobe's side data entries (frame or stream), each given as a
 * lookup of its fields: {@code side_data_type}, {@code red_x} = {@code "34000/50000"}, {@code max_content} …
 */
final class HdrSideData {

    static final String MASTERING = "Mastering display metadata";
    static final String CONTENT_LIGHT = "Content light level metadata";

    private HdrSideData() {}

    static HdrMetadata from(List<Function<String, String>> entries) {
        MasteringDisplay mastering = null;
        ContentLight light = null;
        for (Function<String, String> entry : entries) {
            String type = entry.apply("side_data_type");
            if (MASTERING.equals(type) && mastering == null) {
                mastering = mastering(entry).orElse(null);
            } else if (CONTENT_LIGHT.equals(type) && light == null) {
                light = contentLight(entry).orElse(null);
            }
        }
        return new HdrMetadata(mastering, light);
    }

    /** Only a complete description is usable: encoders take all ten values or none. */
    static Optional<MasteringDisplay> mastering(Function<String, String> entry) {
        Optional<Chromaticity> red = chromaticity(entry, "red");
        Optional<Chromaticity> green = chromaticity(entry, "green");
        Optional<Chromaticity> blue = chromaticity(entry, "blue");
        Optional<Chromaticity> white = chromaticity(entry, "white_point");
        OptionalDouble max = rational(entry.apply("max_luminance"));
        OptionalDouble min = rational(entry.apply("min_luminance"));
        if (red.isEmpty() || green.isEmpty() || blue.isEmpty() || white.isEmpty() || max.isEmpty() || min.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MasteringDisplay(
                red.get(), green.get(), blue.get(), white.get(), max.getAsDouble(), min.getAsDouble()));
    }

    static Optional<ContentLight> contentLight(Function<String, String> entry) {
        OptionalDouble max = rational(entry.apply("max_content"));
        OptionalDouble average = rational(entry.apply("max_average"));
        if (max.isEmpty() || average.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContentLight((int) max.getAsDouble(), (int) average.getAsDouble()));
    }

    private static Optional<Chromaticity> chromaticity(Function<String, String> entry, String primary) {
        OptionalDouble x = rational(entry.apply(primary + "_x"));
        OptionalDouble y = rational(entry.apply(primary + "_y"));
        return x.isPresent() && y.isPresent()
                ? Optional.of(new Chromaticity(x.getAsDouble(), y.getAsDouble()))
                : Optional.empty();
    }

    /** {@code "34000/50000"} → 0.68, {@code "1000"} → 1000; empty for a missing value or a zero denominator. */
    static OptionalDouble rational(String value) {
        if (value == null || value.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            int slash = value.indexOf('/');
            if (slash < 0) {
                return OptionalDouble.of(Double.parseDouble(value.trim()));
            }
            double numerator = Double.parseDouble(value.substring(0, slash).trim());
            double denominator = Double.parseDouble(value.substring(slash + 1).trim());
            return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
