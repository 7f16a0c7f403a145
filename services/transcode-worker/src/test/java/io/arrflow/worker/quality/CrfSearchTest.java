package io.arrflow.worker.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class CrfSearchTest {

    private static final QualityTarget TARGET = new QualityTarget(95, 90);
    private static final CrfRange X265 = new CrfRange(16, 36);

    private final List<Integer> encoded = new ArrayList<>();

    /** Samples whose mean falls linearly with the CRF; the 5th percentile sits {@code spread} below it. */
    private CrfProbe linear(int crf, IntToDoubleFunction mean, double spread) {
        encoded.add(crf);
        double m = mean.applyAsDouble(crf);
        return new CrfProbe(crf, new QualityScores("vmaf", m, m - spread, m - spread - 2, 100), 1000L * (50 - crf), 10);
    }

    @Test
    void a_start_that_misses_steps_down_by_the_shortfall_then_closes_in() {
        CrfSearch search = new CrfSearch(TARGET, X265, 5);

        SearchResult result = search.search(25, crf -> linear(crf, c -> 104 - 0.5 * c, 3));

        // the mean is 95 at CRF 18 (104 - 0.5 * 18) and the 5th percentile 90 at CRF 22: the mean decides
        assertThat(((SearchResult.Found) result).chosen().crf()).isEqualTo(18);
        assertThat(encoded).containsExactly(25, 21, 18, 19);
    }

    @Test
    void the_search_picks_a_higher_crf_for_easy_content_than_for_hard_content() {
        CrfSearch search = new CrfSearch(TARGET, X265, 5);

        int easy = ((SearchResult.Found) search.search(25, crf -> linear(crf, c -> 110 - 0.5 * c, 2)))
                .chosen()
                .crf();
        int hard = ((SearchResult.Found) search.search(25, crf -> linear(crf, c -> 115 - 1.0 * c, 2)))
                .chosen()
                .crf();

        assertThat(easy).isGreaterThan(hard);
        // easy: mean 95 at CRF 30, p5 = mean - 2 ≥ 90 up to CRF 36 → the mean decides: 30
        assertThat(easy).isEqualTo(30);
        assertThat(hard).isEqualTo(20);
    }

    @Test
    void the_fifth_percentile_can_decide_over_the_mean() {
        CrfSearch search = new CrfSearch(TARGET, X265, 6);

        SearchResult result = search.search(25, crf -> linear(crf, c -> 110 - 0.5 * c, 10));

        // p5 = 100 - 0.5 * crf ≥ 90 up to CRF 20, while the mean would allow 30
        assertThat(((SearchResult.Found) result).chosen().crf()).isEqualTo(20);
    }

    @Test
    void content_no_crf_can_save_ends_unreachable_after_a_bounded_search() {
        CrfSearch search = new CrfSearch(TARGET, X265, 4);

        SearchResult result = search.search(25, crf -> linear(crf, c -> 65 - 0.2 * c, 1));

        assertThat(result).isInstanceOf(SearchResult.Unreachable.class);
        assertThat(((SearchResult.Unreachable) result).best().crf()).isEqualTo(16);
        assertThat(encoded).containsExactly(25, 16);
    }

    @Test
    void a_target_met_at_the_top_of_the_range_stops_there() {
        CrfSearch search = new CrfSearch(TARGET, X265, 5);

        SearchResult result = search.search(25, crf -> linear(crf, c -> 140 - 0.5 * c, 1));

        assertThat(((SearchResult.Found) result).chosen().crf()).isEqualTo(36);
        assertThat(encoded).last().isEqualTo(36);
    }

    @Test
    void the_number_of_sample_encodes_never_exceeds_the_limit() {
        CrfSearch search = new CrfSearch(TARGET, X265, 2);

        search.search(25, crf -> linear(crf, c -> 110 - 0.5 * c, 2));

        assertThat(encoded).hasSize(2);
    }

    @Test
    void a_start_outside_the_range_is_clamped() {
        new CrfSearch(TARGET, X265, 1).search(51, crf -> linear(crf, c -> 96, 1));

        assertThat(encoded).containsExactly(36);
    }

    @Test
    void a_missed_target_lowers_the_crf_by_the_shortfall_over_the_slope_and_one_step_more() {
        assertThat(CrfSearch.lowered(28, 1.5, 0.5, X265)).isEqualTo(24);
        assertThat(CrfSearch.lowered(28, 0.1, 1.0, X265)).isEqualTo(26);
        assertThat(CrfSearch.lowered(17, 10, 1.0, X265)).isEqualTo(16);
    }

    @Test
    void the_slope_is_measured_between_the_outermost_probes_and_never_flat() {
        CrfProbe low = linear(20, c -> 100, 1);
        CrfProbe high = linear(30, c -> 94, 1);
        CrfProbe flat = linear(30, c -> 100, 1);

        assertThat(CrfSearch.slope(List.of(high, low), TARGET)).isCloseTo(0.6, offset(1e-9));
        assertThat(CrfSearch.slope(List.of(low, flat), TARGET)).isEqualTo(CrfSearch.FLATTEST_SLOPE);
        assertThat(CrfSearch.slope(List.of(low), TARGET)).isEqualTo(CrfSearch.FIRST_SLOPE);
    }
}
