package io.arrflow.worker.quality.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The per-frame lines of ffmpeg's {@code ssim} filter {@code stats_file}, such as {@code n:1 Y:0.991
 * U:0.995 V:0.994 All:0.992 (20.97)}: one component's SSIM per frame.
 */
final class SsimStats {

    private SsimStats() {}

    static double[] read(Path statsFile, String component) throws IOException {
        return parse(Files.readAllLines(statsFile), component);
    }

    static double[] parse(List<String> lines, String component) throws IOException {
        String key = component + ":";
        double[] values = new double[lines.size()];
        int frames = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                values[frames++] = valueOf(line, key);
            }
        }
        return Arrays.copyOf(values, frames);
    }

    private static double valueOf(String line, String key) throws IOException {
        for (String field : line.trim().split("\\s+")) {
            if (field.startsWith(key)) {
                try {
                    return Double.parseDouble(field.substring(key.length()));
                } catch (NumberFormatException e) {
                    throw new IOException("not a number in " + field + " of '" + line + "'");
                }
            }
        }
        throw new IOException("no " + key + " in '" + line + "'");
    }
}
