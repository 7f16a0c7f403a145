package io.arrflow.worker.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SSIM of an output against its source, with ffmpeg's ssim filter (this build has no libvmaf). */
final class Quality {

    private static final Pattern ALL = Pattern.compile("All:([0-9.]+)");

    private Quality() {}

    static double ssim(Path output, Path source) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(
                        "ffmpeg",
                        "-hide_banner",
                        "-nostdin",
                        "-i",
                        output.toString(),
                        "-i",
                        source.toString(),
                        "-lavfi",
                        "[0:v:0]format=yuv420p[a];[1:v:0]format=yuv420p[b];[a][b]ssim",
                        "-f",
                        "null",
                        "-"))
                .redirectErrorStream(true)
                .start();
        String log = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Matcher matcher = ALL.matcher(log);
        double value = Double.NaN;
        while (matcher.find()) {
            value = Double.parseDouble(matcher.group(1));
        }
        if (Double.isNaN(value)) {
            throw new IOException("no SSIM for " + output + ":\n" + log);
        }
        return value;
    }
}
