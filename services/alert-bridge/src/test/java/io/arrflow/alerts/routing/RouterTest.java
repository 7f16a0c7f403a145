package io.arrflow.alerts.routing;

import static io.arrflow.alerts.incident.Fixtures.serviceDown;
import static io.arrflow.alerts.incident.Fixtures.transcodeFailed;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Route critical = new Route(
            "phone",
            Set.of("health"),
            Severity.CRITICAL,
            Map.of("subject", Pattern.compile("plex|sonarr")),
            List.of("ntfy"),
            List.of("source"),
            false);
    private final Route media = new Route(
            "media",
            Set.of("transcode"),
            Severity.INFO,
            Map.of(),
            List.of("discord"),
            List.of("source", "alertname"),
            true);
    private final Route everything =
            new Route("notify-urls", Set.of(), Severity.INFO, Map.of(), List.of("notify-1"), List.of("source"), true);

    @Test
    void an_alert_takes_the_first_matching_route_and_the_notify_urls() {
        Router router = new Router(List.of(critical, media), Optional.of(everything));

        assertThat(router.routesFor(serviceDown("plex"))).containsExactly(critical, everything);
        assertThat(router.routesFor(serviceDown("radarr"))).containsExactly(everything);
        assertThat(router.routesFor(transcodeFailed("/tv/a.mkv"))).containsExactly(media, everything);
    }

    @Test
    void without_notify_urls_an_unmatched_alert_has_no_route() {
        assertThat(new Router(List.of(critical), Optional.empty()).routesFor(serviceDown("radarr")))
                .isEmpty();
    }

    @Test
    void the_group_key_is_the_route_and_its_group_by_values() {
        assertThat(critical.groupKey(serviceDown("plex"))).isEqualTo("phone{source=health}");
        assertThat(media.groupKey(transcodeFailed("/a")))
                .isEqualTo("media{source=transcode,alertname=TranscodeFailed}");
        Route byMissing = new Route("r", Set.of(), Severity.INFO, Map.of(), List.of(), List.of("team"), false);
        assertThat(byMissing.groupKey(serviceDown("plex"))).isEqualTo("r{team=}");
    }

    @Test
    void routes_are_found_by_name_including_the_notify_urls() {
        Router router = new Router(List.of(critical), Optional.of(everything));

        assertThat(router.route("notify-urls")).contains(everything);
        assertThat(router.route("phone")).contains(critical);
        assertThat(router.route("gone")).isEmpty();
        assertThat(router.all()).containsExactly(critical, everything);
    }
}
