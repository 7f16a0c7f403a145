package io.arrflow.alerts.silence;

import static io.arrflow.alerts.incident.Fixtures.T0;
import static io.arrflow.alerts.incident.Fixtures.serviceDown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilenceTest {

    @Test
    void a_silence_mutes_alerts_whose_labels_match_all_its_matchers_while_active() {
        Silence silence = new Silence(
                "s1",
                List.of(
                        new Matcher("source", "health", false, true),
                        new Matcher("subject", "plex|sonarr", true, true)),
                T0,
                T0.plusSeconds(3600),
                "me",
                "upgrade");

        assertThat(silence.mutes(serviceDown("plex"), T0.plusSeconds(10))).isTrue();
        assertThat(silence.mutes(serviceDown("radarr"), T0.plusSeconds(10))).isFalse();
        assertThat(silence.mutes(serviceDown("plex"), T0.plusSeconds(3600))).isFalse();
        assertThat(silence.mutes(serviceDown("plex"), T0.minusSeconds(1))).isFalse();
        assertThat(silence.expiredAt(T0.plusSeconds(3600))).isTrue();
    }

    @Test
    void negative_matchers_mute_everything_else() {
        Silence notPlex = new Silence(
                "s2", List.of(new Matcher("subject", "plex", false, false)), null, T0.plusSeconds(60), null, null);

        assertThat(notPlex.mutes(serviceDown("sonarr"), T0)).isTrue();
        assertThat(notPlex.mutes(serviceDown("plex"), T0)).isFalse();
    }

    @Test
    void a_matcher_without_flags_is_an_exact_equality_like_in_alertmanager() {
        Matcher matcher = new Matcher("kind", "http", null, null);

        assertThat(matcher.isEqual()).isTrue();
        assertThat(matcher.isRegex()).isFalse();
    }

    @Test
    void a_silence_needs_a_matcher_and_an_end_after_its_start() {
        assertThatThrownBy(() -> new Silence("x", List.of(), null, T0, null, null))
                .hasMessageContaining("matcher");
        assertThatThrownBy(() -> new Silence("x", List.of(new Matcher("a", "b", false, true)), T0, T0, null, null))
                .hasMessageContaining("endsAt");
        assertThatThrownBy(() -> new Matcher(" ", "b", false, true)).hasMessageContaining("label name");
    }

    @Test
    void a_request_with_a_duration_ends_that_long_after_it_starts() {
        List<Matcher> matchers = List.of(new Matcher("source", "health", false, true));
        Instant now = T0;

        assertThat(new SilenceRequest(matchers, null, null, "90m", "me", null)
                        .toSilence(now)
                        .endsAt())
                .isEqualTo(now.plus(Duration.ofMinutes(90)));
        assertThat(new SilenceRequest(matchers, now, null, "PT2H", "me", null)
                        .toSilence(now)
                        .endsAt())
                .isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(SilenceRequest.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(SilenceRequest.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> SilenceRequest.parse("soon")).hasMessageContaining("2h");
        assertThatThrownBy(() -> new SilenceRequest(matchers, null, null, null, null, null).toSilence(now))
                .hasMessageContaining("endsAt or duration");
    }
}
