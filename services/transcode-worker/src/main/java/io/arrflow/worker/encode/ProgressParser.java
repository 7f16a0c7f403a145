package io.arrflow.worker.encode;

import java.util.Optional;

/**
 * Reads ffmpeg's {@code -progress} output (blocks of key=value lines ending in {@code progress=...})
 * and turns each block into a {@link Progress} against the source's duration.
 */
public final class ProgressParser {

    private final double durationSeconds;
    private double outSeconds;
    private double fps;
    private double speed;

    public ProgressParser(double durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    /** Feeds one line; returns a progress value when the line ends a block. */
    public Optional<Progress> accept(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return Optional.empty();
        }
        String key = line.substring(0, eq).trim();
        String value = line.substring(eq + 1).trim();
        switch (key) {
            case "out_time_us" -> outSeconds = number(value) / 1_000_000.0;
            case "fps" -> fps = number(value);
            case "speed" -> speed = number(value.replace("x", ""));
            case "progress" -> {
                return Optional.of(current("end".equals(value)));
            }
            default -> {}
        }
        return Optional.empty();
    }

    private Progress current(boolean ended) {
        if (ended) {
            return new Progress(100, fps, speed, 0);
        }
        double percent = durationSeconds <= 0 ? 0 : Math.min(99.9, 100 * outSeconds / durationSeconds);
        double remaining = Math.max(0, durationSeconds - outSeconds);
        long eta = speed > 0 ? Math.round(remaining / speed) : -1;
        return new Progress(Math.round(percent * 10) / 10.0, fps, speed, eta);
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
