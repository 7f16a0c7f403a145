package io.arrflow.alerts.incident;

import static io.arrflow.alerts.incident.Fixtures.T0;
import static io.arrflow.alerts.incident.Fixtures.TIMING;
import static io.arrflow.alerts.incident.Fixtures.alertmanagerOutage;
import static io.arrflow.alerts.incident.Fixtures.alertmanagerOutageResolved;
import static io.arrflow.alerts.incident.Fixtures.diskAlmostFull;
import static io.arrflow.alerts.incident.Fixtures.serviceDown;
import static io.arrflow.alerts.incident.Fixtures.serviceRecovered;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One killed service is reported by health-prober's event and, minutes later, by Prometheus' rules through
 * Alertmanager: one incident, one FIRING, one RESOLVED when the last report of it resolves.
 */
class OneOutageTest {

    private final Group empty = Group.open("notify-urls{source=health,alertname=ServiceDown}", "notify-urls");

    @Test
    void alertmanagers_reports_of_a_service_already_told_down_join_it_without_a_message() {
        Group told = toldAt(
                empty.receive(serviceDown("transcode-worker"), TIMING, T0).group(), T0.plusSeconds(30));

        Group.Received serviceDown =
                told.receive(alertmanagerOutage("ServiceDown", "transcode-worker", at(240)), TIMING, at(240));
        Group.Received scrapeDown = serviceDown
                .group()
                .receive(alertmanagerOutage("ScrapeTargetDown", "transcode-worker", at(300)), TIMING, at(300));

        Group joined = scrapeDown.group();
        assertThat(joined.alerts()).hasSize(1);
        Tracked incident = joined.alerts().get("health:transcode-worker");
        assertThat(incident.reports())
                .containsExactlyInAnyOrder(
                        "health:transcode-worker",
                        "alertmanager:ServiceDown-transcode-worker",
                        "alertmanager:ScrapeTargetDown-transcode-worker");
        assertThat(incident.pending()).isFalse();
        assertThat(joined.dueAt()).isEqualTo(told.dueAt()); // only the reminder, nothing new to tell
        assertThat(Flush.of(joined, TIMING, at(301), a -> false).notification()).isEmpty();
    }

    @Test
    void its_resolved_is_told_once_when_the_last_report_resolves() {
        Group told = toldAt(
                        empty.receive(serviceDown("transcode-worker"), TIMING, T0)
                                .group(),
                        T0.plusSeconds(30))
                .receive(alertmanagerOutage("ServiceDown", "transcode-worker", at(240)), TIMING, at(240))
                .group();

        Group healthBack = told.receive(serviceRecovered("transcode-worker"), TIMING, at(400))
                .group();
        assertThat(healthBack.alerts().get("health:transcode-worker").alert().status())
                .isEqualTo(AlertStatus.FIRING);
        assertThat(Flush.of(healthBack, TIMING, at(401), a -> false).notification())
                .isEmpty();

        Group allBack = healthBack
                .receive(alertmanagerOutageResolved("ServiceDown", "transcode-worker", at(430)), TIMING, at(430))
                .group();
        assertThat(allBack.dueAt()).isEqualTo(at(430).plus(TIMING.resolveWait()));
        Flush flush = Flush.of(allBack, TIMING, allBack.dueAt(), a -> false);

        Notification resolved = flush.notification().orElseThrow();
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.resolved()).extracting(Alert::name).containsExactly("ServiceDown");
        assertThat(resolved.resolved()).extracting(Alert::subject).containsExactly("transcode-worker");
        assertThat(flush.next()).isEmpty();
    }

    @Test
    void reports_that_arrive_within_the_group_wait_are_one_line() {
        Group both = empty.receive(serviceDown("transcode-worker"), TIMING, T0)
                .group()
                .receive(alertmanagerOutage("ServiceDown", "transcode-worker", at(10)), TIMING, at(10))
                .group();

        Notification firing =
                Flush.of(both, TIMING, both.dueAt(), a -> false).notification().orElseThrow();

        assertThat(firing.firing()).extracting(Alert::subject).containsExactly("transcode-worker");
    }

    @Test
    void health_probers_report_joins_an_outage_alertmanager_told_first() {
        Group told = toldAt(
                Group.open("g", "r")
                        .receive(alertmanagerOutage("ServiceDown", "radarr", T0), TIMING, T0)
                        .group(),
                T0.plusSeconds(30));

        Group joined = told.receive(serviceDown("radarr"), TIMING, at(60)).group();
        Group healthBack =
                joined.receive(serviceRecovered("radarr"), TIMING, at(120)).group();
        Group allBack = healthBack
                .receive(alertmanagerOutageResolved("ServiceDown", "radarr", at(150)), TIMING, at(150))
                .group();

        assertThat(Flush.of(joined, TIMING, at(61), a -> false).notification()).isEmpty();
        assertThat(Flush.of(healthBack, TIMING, at(121), a -> false).notification())
                .isEmpty();
        assertThat(Flush.of(allBack, TIMING, allBack.dueAt(), a -> false)
                        .notification()
                        .orElseThrow()
                        .resolved())
                .hasSize(1);
    }

    @Test
    void a_report_that_comes_late_keeps_a_resolved_not_yet_told_from_going_out() {
        Group told = toldAt(empty.receive(serviceDown("sonarr"), TIMING, T0).group(), T0.plusSeconds(30));
        Group healthBack =
                told.receive(serviceRecovered("sonarr"), TIMING, at(150)).group();

        Group late = healthBack
                .receive(alertmanagerOutage("ServiceDown", "sonarr", at(155)), TIMING, at(155))
                .group();

        assertThat(Flush.of(late, TIMING, at(160), a -> false).notification()).isEmpty();
        Group over = late.receive(alertmanagerOutageResolved("ServiceDown", "sonarr", at(200)), TIMING, at(200))
                .group();
        assertThat(Flush.of(over, TIMING, over.dueAt(), a -> false)
                        .notification()
                        .orElseThrow()
                        .status())
                .isEqualTo(AlertStatus.RESOLVED);
    }

    @Test
    void an_alertmanager_alert_about_no_outage_is_an_incident_of_its_own() {
        Group told = toldAt(
                empty.receive(serviceDown("transcode-worker"), TIMING, T0).group(), T0.plusSeconds(30));

        Group.Received disk = told.receive(diskAlmostFull(at(60)), TIMING, at(60));

        assertThat(disk.change()).isEqualTo(Group.Change.NEW);
        assertThat(disk.group().alerts()).hasSize(2);
    }

    @Test
    void outages_of_two_services_stay_two_incidents() {
        Group two = empty.receive(serviceDown("sonarr"), TIMING, T0)
                .group()
                .receive(alertmanagerOutage("ServiceDown", "radarr", at(5)), TIMING, at(5))
                .group();

        assertThat(two.alerts()).hasSize(2);
        assertThat(two.holdsOutageOf("sonarr")).isTrue();
        assertThat(two.holdsOutageOf("radarr")).isTrue();
        assertThat(two.holdsOutageOf("lidarr")).isFalse();
    }

    @Test
    void an_incident_stored_before_reports_were_tracked_still_resolves_with_its_own_report() {
        Tracked stored = new Tracked(serviceDown("sonarr"), true, false, null);
        Group told = new Group("g", "r", java.util.Map.of("health:sonarr", stored), T0, null);

        Group resolved =
                told.receive(serviceRecovered("sonarr"), TIMING, at(120)).group();

        assertThat(stored.reports()).containsExactly("health:sonarr");
        assertThat(resolved.alerts().get("health:sonarr").alert().status()).isEqualTo(AlertStatus.RESOLVED);
    }

    private static Group toldAt(Group group, Instant when) {
        return Flush.of(group, TIMING, when, a -> false).next().orElseThrow();
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }
}
