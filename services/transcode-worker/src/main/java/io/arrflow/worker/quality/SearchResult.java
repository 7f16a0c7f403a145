package io.arrflow.worker.quality;

import java.util.List;

/** Where a target-quality search ended; {@code probes} are in the order they were encoded. */
public sealed interface SearchResult {

    List<CrfProbe> probes();

    /** The highest CRF whose samples met the target. */
    record Found(CrfProbe chosen, List<CrfProbe> probes) implements SearchResult {
        public Found {
            probes = List.copyOf(probes);
        }
    }

    /** No CRF in the range met the target; {@code best} came closest. */
    record Unreachable(CrfProbe best, List<CrfProbe> probes) implements SearchResult {
        public Unreachable {
            probes = List.copyOf(probes);
        }
    }
}
