package io.arrflow.worker.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Finds the highest CRF whose samples meet a quality target, in a bounded number of sample encodes. It
 * starts at the profile's CRF and steps by the margin over the score's slope per CRF step (measured once
 * two CRFs are known), then interpolates between the highest passing and the lowest failing CRF. Scores
 * fall as the CRF rises; where noise breaks that, the answer is still the highest CRF that passed.
 */
public final class CrfSearch {

    /** Score points lost per CRF step before two probes measure it: about what x265 and SVT-AV1 show near 95. */
    static final double FIRST_SLOPE = 1.0;

    /** Below this measured slope a step would jump across the whole range on noise. */
    static final double FLATTEST_SLOPE = 0.25;

    private final QualityTarget target;
    private final CrfRange range;
    private final int maxProbes;

    public CrfSearch(QualityTarget target, CrfRange range, int maxProbes) {
        if (maxProbes < 1) {
            throw new IllegalArgumentException("a search needs at least one probe, not " + maxProbes);
        }
        this.target = target;
        this.range = range;
        this.maxProbes = maxProbes;
    }

    public SearchResult search(int start, IntFunction<CrfProbe> encodeSamplesAt) {
        TreeMap<Integer, CrfProbe> byCrf = new TreeMap<>();
        List<CrfProbe> inOrder = new ArrayList<>();
        OptionalInt next = OptionalInt.of(range.clamp(start));
        while (next.isPresent() && inOrder.size() < maxProbes) {
            CrfProbe probe = encodeSamplesAt.apply(next.getAsInt());
            byCrf.put(probe.crf(), probe);
            inOrder.add(probe);
            next = next(byCrf);
        }
        return result(byCrf, inOrder);
    }

    private OptionalInt next(TreeMap<Integer, CrfProbe> byCrf) {
        CrfProbe pass = highestPassing(byCrf);
        CrfProbe fail = lowestFailingAbove(byCrf, pass == null ? Integer.MIN_VALUE : pass.crf());
        OptionalInt candidate;
        if (pass != null && fail != null) {
            candidate = between(pass, fail);
        } else if (pass != null) {
            candidate = pass.crf() >= range.max() ? OptionalInt.empty() : OptionalInt.of(step(pass, byCrf, +1));
        } else {
            candidate = fail.crf() <= range.min() ? OptionalInt.empty() : OptionalInt.of(step(fail, byCrf, -1));
        }
        return candidate.isPresent() && byCrf.containsKey(candidate.getAsInt()) ? OptionalInt.empty() : candidate;
    }

    /** Linear interpolation of the margin between a passing and a failing CRF, strictly between them. */
    private OptionalInt between(CrfProbe pass, CrfProbe fail) {
        if (fail.crf() - pass.crf() <= 1) {
            return OptionalInt.empty();
        }
        double above = pass.margin(target);
        double below = -fail.margin(target);
        int guess = pass.crf() + (int) Math.floor((fail.crf() - pass.crf()) * above / (above + below));
        return OptionalInt.of(Math.max(pass.crf() + 1, Math.min(fail.crf() - 1, guess)));
    }

    /** From {@code from}, as many CRF steps as the margin covers at the known slope, at least one. */
    private int step(CrfProbe from, TreeMap<Integer, CrfProbe> byCrf, int direction) {
        double margin = Math.abs(from.margin(target));
        int steps = Math.max(1, (int) Math.ceil(margin / slope(byCrf)));
        return range.clamp(from.crf() + direction * steps);
    }

    private double slope(TreeMap<Integer, CrfProbe> byCrf) {
        return slope(byCrf.values(), target);
    }

    /**
     * Score points lost per CRF step between the lowest and the highest CRF probed; {@link #FIRST_SLOPE}
     * with fewer than two, never flatter than {@link #FLATTEST_SLOPE}.
     */
    public static double slope(Collection<CrfProbe> probes, QualityTarget target) {
        List<CrfProbe> byCrf =
                probes.stream().sorted(Comparator.comparingInt(CrfProbe::crf)).toList();
        if (byCrf.size() < 2 || byCrf.getFirst().crf() == byCrf.getLast().crf()) {
            return FIRST_SLOPE;
        }
        CrfProbe low = byCrf.getFirst();
        CrfProbe high = byCrf.getLast();
        double perStep = (low.margin(target) - high.margin(target)) / (high.crf() - low.crf());
        return Math.max(FLATTEST_SLOPE, perStep);
    }

    /**
     * The CRF that should make up a measured shortfall, never below the range: the steps the slope asks for,
     * plus one. The retry is the last encode, and short samples flatter a whole file: in the benchmark an AV1
     * output 0.2 under the target at one step lower scored the same again.
     */
    public static int lowered(int crf, double shortfall, double slope, CrfRange range) {
        return range.clamp(crf - Math.max(1, (int) Math.ceil(shortfall / slope)) - 1);
    }

    private CrfProbe highestPassing(TreeMap<Integer, CrfProbe> byCrf) {
        return byCrf.values().stream()
                .filter(p -> p.meets(target))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    private CrfProbe lowestFailingAbove(TreeMap<Integer, CrfProbe> byCrf, int crf) {
        return byCrf.values().stream()
                .filter(p -> p.crf() > crf && !p.meets(target))
                .findFirst()
                .orElse(null);
    }

    private SearchResult result(TreeMap<Integer, CrfProbe> byCrf, List<CrfProbe> inOrder) {
        CrfProbe pass = highestPassing(byCrf);
        if (pass != null) {
            return new SearchResult.Found(pass, inOrder);
        }
        CrfProbe best = inOrder.stream()
                .max((a, b) -> Double.compare(a.margin(target), b.margin(target)))
                .orElseThrow();
        return new SearchResult.Unreachable(best, inOrder);
    }
}
