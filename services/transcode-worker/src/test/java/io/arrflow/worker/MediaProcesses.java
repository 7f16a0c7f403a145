package io.arrflow.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ffmpeg and ffprobe processes as the kernel sees them. A killed process whose new parent has not reaped
 * it yet is a zombie: it runs no more, although {@link ProcessHandle#isAlive()} still says alive.
 */
public final class MediaProcesses {

    private MediaProcesses() {}

    public static boolean isMediaTool(ProcessHandle process) {
        String command = process.info().command().orElse("");
        return command.endsWith("/ffmpeg") || command.endsWith("/ffprobe");
    }

    /** The same process (pid and start time) still exists and is not a zombie. */
    public static boolean isRunning(ProcessHandle process) {
        return ProcessHandle.of(process.pid())
                        .filter(process::equals)
                        .filter(ProcessHandle::isAlive)
                        .isPresent()
                && !hasEnded(process.pid());
    }

    /** Every running ffmpeg/ffprobe whose command line names the file, whoever started it. */
    public static List<ProcessHandle> namingFile(Path file) {
        return ProcessHandle.allProcesses()
                .filter(MediaProcesses::isMediaTool)
                .filter(p -> p.info().commandLine().orElse("").contains(file.toString()))
                .filter(MediaProcesses::isRunning)
                .toList();
    }

    /**
     * An ffmpeg such as a dead worker leaves behind: encoding a test pattern in real time, without end, into
     * {@code output}. Returns once the output exists.
     */
    public static Process anEndlessEncodeInto(Path output) throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder(List.of(
                        "ffmpeg",
                        "-nostdin",
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-re",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc2=size=160x120:rate=10",
                        "-c:v",
                        "libx264",
                        "-preset",
                        "ultrafast",
                        "-f",
                        "matroska",
                        output.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        while (!Files.exists(output) && ffmpeg.isAlive()) {
            ffmpeg.waitFor(20, TimeUnit.MILLISECONDS);
        }
        if (!ffmpeg.isAlive()) {
            throw new IllegalStateException("ffmpeg ended at once, exit " + ffmpeg.exitValue());
        }
        return ffmpeg;
    }

    public static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().commandLine().orElse("?");
    }

    /** Gone, or a zombie (killed, not yet reaped). */
    private static boolean hasEnded(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // "pid (comm) S ...": the state follows the last ')' (comm may itself hold parentheses)
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }
}
