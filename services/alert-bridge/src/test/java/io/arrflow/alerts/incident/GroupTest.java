package io.arrflow.alerts.incident;

import static io.arrflow.alerts.incident.Fixtures.T0;
import static io.arrflow.alerts.incident.Fixtures.TIMING;
import static io.arrflow.alerts.incident.Fixtures.serviceDown;
import static io.arrflow.alerts.incident.Fixtures.serviceRecovered;
import static io.arrflow.alerts.incident.Fixtures.transcodeFailed;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.alert.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupTest {

    private final Group empty = Group.open("main{source=health}", "main");

    @Test
    void a_first_alert_opens_the_group_and_waits_for_more_before_telling() {
        Group.Received received = empty.receive(serviceDown("sonarr"), TIMING, T0);

        assertThat(received.change()).isEqualTo(Group.Change.NEW);
        assertThat(received.group().dueAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(received.group().alerts()).containsKey("health:sonarr");
    }

    @Test
    void ten_services_down_within_the_wait_are_one_message() {
        Group group = empty;
        for (int i = 0; i < 10; i++) {
            group = group.receive(serviceDown("svc-" + i), TIMING, T0.plusSeconds(i))
                    .group();
        }
        assertThat(group.dueAt()).isEqualTo(T0.plusSeconds(30));

        Flush flush = Flush.of(group, TIMING, T0.plusSeconds(30), a -> false);

        Notification message = flush.notification().orElseThrow();
        assertThat(message.firing()).hasSize(10);
        assertThat(message.fresh()).hasSize(10);
        assertThat(message.status()).isEqualTo(AlertStatus.FIRING);
    }

    @Test
    void the_same_firing_again_is_a_duplicate_that_changes_nothing() {
        Group told = toldAbout(serviceDown("sonarr"));

        Group.Received again = told.receive(serviceDown("sonarr"), TIMING, T0.plusSeconds(60));

        assertThat(again.change()).isEqualTo(Group.Change.DUPLICATE);
        assertThat(again.group()).isSameAs(told);
    }

    @Test
    void a_resolved_for_a_told_firing_is_owed_and_told_with_the_resolution_time() {
        Group told = toldAbout(serviceDown("sonarr"));

        Group resolved = told.receive(serviceRecovered("sonarr"), TIMING, T0.plusSeconds(120))
                .group();
        Flush flush = Flush.of(resolved, TIMING, resolved.dueAt(), a -> false);

        Notification message = flush.notification().orElseThrow();
        assertThat(message.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(message.resolved()).extracting(Alert::at).containsExactly(T0.plusSeconds(120));
        assertThat(flush.next()).isEmpty();
    }

    @Test
    void a_resolved_goes_out_after_the_resolve_wait_not_after_the_group_interval() {
        Group told = toldAbout(serviceDown("sonarr")); // told at T0 + 30 s

        Group resolved = told.receive(serviceRecovered("sonarr"), TIMING, T0.plusSeconds(90))
                .group();

        assertThat(resolved.dueAt()).isEqualTo(T0.plusSeconds(90).plus(TIMING.resolveWait()));
    }

    @Test
    void another_firing_in_a_group_that_was_told_waits_for_the_group_interval() {
        Group told = toldAbout(serviceDown("sonarr"));

        Group more =
                told.receive(serviceDown("radarr"), TIMING, T0.plusSeconds(90)).group();

        assertThat(more.dueAt()).isEqualTo(told.lastNotifiedAt().plus(TIMING.groupInterval()));
    }

    @Test
    void a_firing_resolved_before_anyone_was_told_is_never_told() {
        Group opened = empty.receive(serviceDown("sonarr"), TIMING, T0).group();

        Group.Received received = opened.receive(serviceRecovered("sonarr"), TIMING, T0.plusSeconds(5));

        assertThat(received.group().nothingLeft()).isTrue();
    }

    @Test
    void a_resolved_without_a_firing_is_ignored() {
        assertThat(empty.receive(serviceRecovered("sonarr"), TIMING, T0).change())
                .isEqualTo(Group.Change.IGNORED);
    }

    @Test
    void a_second_resolved_is_a_duplicate() {
        Group resolved = toldAbout(serviceDown("sonarr"))
                .receive(serviceRecovered("sonarr"), TIMING, T0.plusSeconds(90))
                .group();

        assertThat(resolved.receive(serviceRecovered("sonarr"), TIMING, T0.plusSeconds(91))
                        .change())
                .isEqualTo(Group.Change.DUPLICATE);
    }

    @Test
    void a_flap_back_to_firing_before_the_resolved_went_out_says_nothing_new() {
        Group resolved = toldAbout(serviceDown("sonarr"))
                .receive(serviceRecovered("sonarr"), TIMING, T0.plusSeconds(90))
                .group();

        Group again = resolved.receive(serviceDown("sonarr"), TIMING, T0.plusSeconds(95))
                .group();

        assertThat(again.alerts().get("health:sonarr").pending()).isFalse();
        assertThat(again.alerts().get("health:sonarr").told()).isTrue();
    }

    @Test
    void a_change_in_severity_is_told_again_after_the_group_interval() {
        Group told = toldAbout(serviceDown("sonarr"));
        Alert worse = new Alert(
                "health:sonarr",
                AlertStatus.FIRING,
                "health",
                "ServiceDown",
                "sonarr",
                Severity.WARNING,
                "slow",
                Map.of(),
                null,
                T0);

        Group.Received received =
                told.receive(worse, TIMING, told.lastNotifiedAt().plusSeconds(1));

        assertThat(received.change()).isEqualTo(Group.Change.UPDATED);
        assertThat(received.group().dueAt()).isEqualTo(told.lastNotifiedAt().plus(TIMING.groupInterval()));
    }

    @Test
    void a_notice_is_told_once_and_then_forgotten() {
        Group withNotice =
                empty.receive(transcodeFailed("/tv/a.mkv"), TIMING, T0).group();
        assertThat(withNotice.receive(transcodeFailed("/tv/a.mkv"), TIMING, T0).change())
                .isEqualTo(Group.Change.DUPLICATE);

        Flush flush = Flush.of(withNotice, TIMING, withNotice.dueAt(), a -> false);

        assertThat(flush.notification().orElseThrow().status()).isEqualTo(AlertStatus.NOTICE);
        assertThat(flush.next()).isEmpty();
    }

    @Test
    void a_reminder_repeats_the_firing_alerts_after_the_repeat_interval() {
        Group told = toldAbout(serviceDown("sonarr"));
        assertThat(told.dueAt()).isEqualTo(told.lastNotifiedAt().plus(TIMING.repeatInterval()));

        Flush reminder = Flush.of(told, TIMING, told.dueAt(), a -> false);

        Notification message = reminder.notification().orElseThrow();
        assertThat(message.reminder()).isTrue();
        assertThat(message.fresh()).isEmpty();
        assertThat(reminder.next().orElseThrow().dueAt()).isEqualTo(told.dueAt().plus(TIMING.repeatInterval()));
    }

    @Test
    void without_a_repeat_interval_a_told_group_rests_until_something_changes() {
        Timing noReminders =
                new Timing(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ZERO, Duration.ofSeconds(10));
        Group opened = empty.receive(serviceDown("sonarr"), noReminders, T0).group();

        Flush flush = Flush.of(opened, noReminders, opened.dueAt(), a -> false);

        assertThat(flush.next().orElseThrow().dueAt()).isNull();
        assertThat(Flush.of(flush.next().get(), noReminders, T0.plusSeconds(3600), a -> false)
                        .notification())
                .isEmpty();
    }

    @Test
    void a_silenced_firing_is_held_back_and_looked_at_again_later() {
        Group opened = empty.receive(serviceDown("sonarr"), TIMING, T0).group();
        Instant due = opened.dueAt();

        Flush flush = Flush.of(opened, TIMING, due, a -> true);

        assertThat(flush.notification()).isEmpty();
        Group held = flush.next().orElseThrow();
        assertThat(held.alerts().get("health:sonarr").told()).isFalse();
        assertThat(held.dueAt()).isEqualTo(due.plus(TIMING.groupInterval()));
    }

    @Test
    void a_resolved_is_told_even_when_a_silence_matches_it() {
        Group resolved = toldAbout(serviceDown("sonarr"))
                .receive(serviceRecovered("sonarr"), TIMING, T0.plusSeconds(90))
                .group();

        Flush flush = Flush.of(resolved, TIMING, resolved.dueAt(), a -> true);

        assertThat(flush.notification().orElseThrow().resolved()).hasSize(1);
    }

    private Group toldAbout(Alert alert) {
        Group opened = empty.receive(alert, TIMING, T0).group();
        return Flush.of(opened, TIMING, opened.dueAt(), a -> false).next().orElseThrow();
    }
}
