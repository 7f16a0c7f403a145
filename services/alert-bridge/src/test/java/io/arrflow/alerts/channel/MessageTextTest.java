package io.arrflow.alerts.channel;

import static io.arrflow.alerts.incident.Fixtures.T0;
import static io.arrflow.alerts.incident.Fixtures.serviceDown;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.alert.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void the_title_says_the_state_the_alert_and_what_is_affected() {
        Notification n = firing(List.of(serviceDown("sonarr"), serviceDown("radarr")));

        assertThat(MessageText.title(n, 256)).isEqualTo("[FIRING:2] ServiceDown: sonarr, radarr");
    }

    @Test
    void a_reminder_says_it_still_fires() {
        Notification n =
                new Notification("g", "r", List.of(serviceDown("plex")), List.of(), List.of(), List.of(), true, T0);

        assertThat(MessageText.title(n, 256)).startsWith("[STILL FIRING:1]");
    }

    @Test
    void each_alert_is_one_line_with_its_state_time_and_summary() {
        assertThat(MessageText.lines(firing(List.of(serviceDown("sonarr")))))
                .containsExactly("🔴 ServiceDown sonarr (critical, 20:00 UTC): connection refused");
    }

    @Test
    void a_long_list_is_cut_to_the_limit_and_says_how_many_more() {
        List<Alert> many = IntStream.range(0, 300)
                .mapToObj(i -> serviceDown("service-" + i))
                .toList();
        Notification n = firing(many);

        String body = MessageText.body(n, 2000);

        assertThat(body.length()).isLessThanOrEqualTo(2000);
        assertThat(body).containsPattern("… and \\d+ more$");
    }

    @Test
    void the_link_stays_when_the_lines_are_cut() {
        List<Alert> many = IntStream.range(0, 300)
                .mapToObj(i -> new Alert(
                        "f" + i,
                        AlertStatus.FIRING,
                        "alertmanager",
                        "Down",
                        "host-" + i,
                        Severity.CRITICAL,
                        "down",
                        Map.of(),
                        "https://am.lan",
                        T0))
                .toList();

        String body = MessageText.body(firing(many), 1000);

        assertThat(body).endsWith("\nhttps://am.lan");
        assertThat(body.length()).isLessThanOrEqualTo(1000);
    }

    @Test
    void ntfy_text_stays_within_its_byte_limit_with_multibyte_characters() {
        List<Alert> many = IntStream.range(0, 300)
                .mapToObj(i -> serviceDown("dienst-ü-" + i))
                .toList();

        String body = MessageText.bodyWithinBytes(firing(many), 4000);

        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4000);
    }

    @Test
    void a_single_line_longer_than_the_limit_is_cut_with_an_ellipsis() {
        assertThat(MessageText.fit("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(MessageText.fit("abc", 5)).isEqualTo("abc");
    }

    @Test
    void the_title_lists_at_most_three_subjects() {
        List<Alert> five =
                IntStream.range(0, 5).mapToObj(i -> serviceDown("s" + i)).toList();

        assertThat(MessageText.title(firing(five), 256)).isEqualTo("[FIRING:5] ServiceDown: s0, s1, s2 +2 more");
    }

    private static Notification firing(List<Alert> alerts) {
        return new Notification(
                "g",
                "r",
                alerts,
                List.of(),
                List.of(),
                alerts.stream().map(Alert::fingerprint).toList(),
                false,
                T0);
    }
}
