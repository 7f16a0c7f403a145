package io.arrflow.transcode.process;

import java.util.List;

/**
 * How an external command ended.
 *
 * @param exitCode the exit code, or -1 when it was stopped
 * @param errorLines what it wrote to stderr (at most the last lines)
 */
public record CommandResult(int exitCode, List<String> errorLines) {

    public CommandResult {
        errorLines = List.copyOf(errorLines);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The most telling line: the last non-blank stderr line, or the exit code. */
    public String reason() {
        for (int i = errorLines.size() - 1; i >= 0; i--) {
            if (!errorLines.get(i).isBlank()) {
                return errorLines.get(i).trim();
            }
        }
        return "exit code " + exitCode;
    }
}
