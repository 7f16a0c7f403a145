package io.arrflow.alerts.delivery;

import static io.arrflow.alerts.testing.AlertBridgeRunner.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.Receiver;
import io.arrflow.alerts.testing.Receiver.Answer;
import io.arrflow.alerts.testing.Receiver.Request;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A burst of 100 alerts that are 100 separate incidents (one per alertname) on one Discord webhook:
 * all arrive, never more than Discord's 5 per 2 s, and a 429 in the middle is waited out.
 */
class BurstIT {

    static Receiver receiver;
    static AlertBridgeRunner app;
    static final AtomicInteger calls = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        receiver.answer(r -> calls.incrementAndGet() == 20
                ? new Answer(429, Map.of("Retry-After", "2"), "{\"retry_after\": 1.5, \"global\": false}")
                : Answer.ok("{}"));
        app = new AlertBridgeRunner(Map.of(
                        "arrflow.notify-urls", "discord://9001/burst-token",
                        "arrflow.alerts.api-bases.discord", receiver.base(),
                        "arrflow.alerts.group-by", "alertname",
                        "arrflow.alerts.delivery-concurrency", "8"))
                .fresh();
    }

    @AfterAll
    static void stop() {
        app.close();
        receiver.close();
    }

    @Test
    void a_burst_of_100_alerts_is_paced_to_discords_limit_and_nothing_is_lost() throws Exception {
        String alerts =
                IntStream.range(0, 100).mapToObj(i -> """
                        {"status":"firing","labels":{"alertname":"Burst%03d","severity":"warning"},
                         "annotations":{"summary":"alert %d of a burst"},"fingerprint":"burst-%d"}""".formatted(i, i, i)).collect(Collectors.joining(","));
        String payload = "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[" + alerts + "]}";
        assertThat(app.post("/alertmanager", payload, bearer()).statusCode()).isEqualTo(200);

        List<Request> requests = receiver.await(101, Duration.ofSeconds(120));
        List<String> titles = requests.stream()
                .map(r -> r.json().get("embeds").get(0).get("title").asString())
                .distinct()
                .toList();
        assertThat(titles).hasSize(100);

        int busiest = busiestWindow(requests, Duration.ofMillis(1900));
        Duration total =
                Duration.between(requests.getFirst().at(), requests.getLast().at());
        Duration afterLimit =
                Duration.between(requests.get(19).at(), requests.get(20).at());
        System.out.printf(
                "burst: %d requests for 100 alerts in %d ms, busiest 1.9 s window %d, wait after the 429 %d ms%n",
                requests.size(), total.toMillis(), busiest, afterLimit.toMillis());
        assertThat(busiest).isLessThanOrEqualTo(5);
        assertThat(afterLimit).isGreaterThanOrEqualTo(Duration.ofMillis(1450));
    }

    /** The most requests that arrived within any window of that length (a little under Discord's 2 s, for jitter). */
    static int busiestWindow(List<Request> requests, Duration window) {
        int busiest = 0;
        for (Request first : requests) {
            Instant end = first.at().plus(window);
            int count = (int) requests.stream()
                    .filter(r -> !r.at().isBefore(first.at()) && r.at().isBefore(end))
                    .count();
            busiest = Math.max(busiest, count);
        }
        return busiest;
    }
}
