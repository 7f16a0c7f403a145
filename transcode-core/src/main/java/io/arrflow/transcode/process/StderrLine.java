package io.arrflow.transcode.process;

import java.util.List;

/**
 * One line ffmpeg or ffprobe wrote to stderr when run with {@code -loglevel level+…}: {@code [matroska,webm @
 * 0x55…] [error] EBML header parsing failed} is an error whose text is {@code EBML header parsing failed}.
 */
public record StderrLine(Severity severity, String text) {

    public enum Severity {
        ERROR,
        WARNING,
        OTHER
    }

    private static final List<String> ERROR_TAGS = List.of("[error] ", "[fatal] ", "[panic] ");
    private static final String WARNING_TAG = "[warning] ";

    public static StderrLine parse(String line) {
        for (String tag : ERROR_TAGS) {
            int at = line.indexOf(tag);
            if (at >= 0) {
                return new StderrLine(
                        Severity.ERROR, line.substring(at + tag.length()).trim());
            }
        }
        int at = line.indexOf(WARNING_TAG);
        if (at >= 0) {
            return new StderrLine(
                    Severity.WARNING, line.substring(at + WARNING_TAG.length()).trim());
        }
        return new StderrLine(Severity.OTHER, line.trim());
    }

    /** The text without the input's own name in front ({@code /media/x.mkv: Invalid data…} → {@code Invalid data…}). */
    public String about(String input) {
        String prefix = input + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
