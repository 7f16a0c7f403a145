package io.arrflow.prober.probe.adapter;

import io.arrflow.platform.format.Bytes;
import io.arrflow.prober.probe.Elapsed;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.Observation.Failing;
import io.arrflow.prober.state.Observation.Healthy;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Free space of a media path: fails below a number of bytes or a percentage of the disk. */
public final class DiskProbe implements Probe {

    private final Path path;
    private final long minFreeBytes;
    private final int minFreePercent;

    public DiskProbe(Path path, long minFreeBytes, int minFreePercent) {
        this.path = path;
        this.minFreeBytes = minFreeBytes;
        this.minFreePercent = minFreePercent;
    }

    @Override
    public Observation probe() throws Exception {
        Elapsed elapsed = new Elapsed();
        FileStore store = Files.getFileStore(path);
        long free = store.getUsableSpace();
        long total = store.getTotalSpace();
        int percent = total == 0 ? 0 : (int) (free * 100 / total);
        Map<String, String> evidence = Map.of(
                "path", path.toString(), "freeBytes", String.valueOf(free), "freePercent", String.valueOf(percent));
        if (free < minFreeBytes || percent < minFreePercent) {
            String reason = "only " + Bytes.human(free) + " (" + percent + " %) free on " + path;
            return new Failing(reason, elapsed.sinceStart(), evidence);
        }
        return new Healthy(elapsed.sinceStart(), evidence);
    }
}
