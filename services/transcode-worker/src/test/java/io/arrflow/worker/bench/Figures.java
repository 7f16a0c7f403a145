package io.arrflow.worker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Wall time, mean SSIM against the source and total output size of both contenders on a set of files. */
record Figures(
        double baselineSeconds,
        double arrflowSeconds,
        double baselineSsim,
        double arrflowSsim,
        long baselineBytes,
        long arrflowBytes,
        long sourceBytes) {

    static Figures of(List<Corpus.Item> items, TranscodeBenchmarkIT.Run baseline, TranscodeBenchmarkIT.Run arrflow)
            throws Exception {
        double baselineSsim = 0;
        double arrflowSsim = 0;
        long baselineBytes = 0;
        long arrflowBytes = 0;
        long sourceBytes = 0;
        for (Corpus.Item item : items) {
            Path b = baseline.outputs().get(item.file());
            Path a = arrflow.outputs().get(item.file());
            baselineSsim += Quality.ssim(b, item.file());
            arrflowSsim += Quality.ssim(a, item.file());
            baselineBytes += size(b);
            arrflowBytes += size(a);
            sourceBytes += size(item.file());
        }
        int n = items.size();
        return new Figures(
                baseline.seconds(),
                arrflow.seconds(),
                baselineSsim / n,
                arrflowSsim / n,
                baselineBytes,
                arrflowBytes,
                sourceBytes);
    }

    double ratio() {
        return arrflowSeconds / baselineSeconds;
    }

    String table(String title) {
        return String.format(
                "-- %s (sources %.1f MB)%n"
                        + "   %-10s wall %7.1f s   mean SSIM %.4f   output %8.2f MB%n"
                        + "   %-10s wall %7.1f s   mean SSIM %.4f   output %8.2f MB%n"
                        + "   arrflow/baseline time ratio %.2f, size ratio %.2f%n",
                title,
                sourceBytes / 1e6,
                "baseline",
                baselineSeconds,
                baselineSsim,
                baselineBytes / 1e6,
                "arrflow",
                arrflowSeconds,
                arrflowSsim,
                arrflowBytes / 1e6,
                ratio(),
                (double) arrflowBytes / baselineBytes);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
