package io.arrflow.transcode.process;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Runs ffmpeg/ffprobe and other tools as processes. */
public interface Commands {

    /** Runs a command to its end (or the timeout, then it is killed) and returns its stderr. */
    default CommandResult run(List<String> command, Duration timeout) {
        return run(command, timeout, line -> {});
    }

    /**
     * Runs a command, passing each stdout line to {@code stdout}; a run stopped through {@link #abortAll()}
     * throws {@link CommandAborted}.
     */
    CommandResult run(List<String> command, Duration timeout, Consumer<String> stdout);

    /** Stops every running command now (shutdown after the grace period). */
    void abortAll();
}
