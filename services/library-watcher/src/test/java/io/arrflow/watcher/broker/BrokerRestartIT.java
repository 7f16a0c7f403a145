package io.arrflow.watcher.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrflow.watcher.broker.WebhookStream.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class BrokerRestartIT extends OwnBrokerTest {

    private static final int ENOUGH = 100;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        properties(registry, 4);
    }

    @Test
    void a_broker_restart_in_a_webhook_stream_loses_no_accepted_webhook_and_needs_no_restart_of_the_app()
            throws Exception {
        Timeline timeline;
        List<Answer> answers;
        Map<String, Long> reasons;
        try (WebhookStream stream = webhookStream().start()) {
            timeline = restartTheBrokerDuring(stream);
            answers = stream.answers();
            reasons = stream.refusalReasons();
        }
        Map<Integer, Integer> messages = messagesPerWebhook();
        Tally tally = Tally.of(answers, messages);
        System.out.println("broker restart: " + tally + "; " + timeline.describe(answers) + "; 503 reasons " + reasons);

        assertThat(answers).allSatisfy(a -> assertThat(a.accepted() || a.refused())
                .as("webhook %d answered %d %s", a.number(), a.status(), a.body())
                .isTrue());
        assertThat(answers).filteredOn(Answer::refused).allSatisfy(a -> assertThat(a.body())
                .contains("message broker unavailable")
                .doesNotContain("Exception"));
        assertThat(timeline.answeredWhileDown(answers)).isNotEmpty().allSatisfy(a -> assertThat(a.body())
                .contains("message broker unavailable: cannot connect to it, nothing was queued"));
        assertThat(tally.lost()).as("accepted webhooks without their message").isZero();
        assertThat(tally.duplicates()).as("webhooks with more than one message").isZero();
    }

    private Timeline restartTheBrokerDuring(WebhookStream stream) {
        await().atMost(Duration.ofSeconds(60)).until(() -> stream.answeredSince(0, Answer::accepted) >= ENOUGH);
        long stopping = stream.now();
        broker().stop();
        long down = stream.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> stream.answeredSince(down, Answer::refused) >= ENOUGH);
        long starting = stream.now();
        broker().startAgain();
        long up = stream.now();
        await().atMost(Duration.ofSeconds(60)).until(() -> stream.answeredSince(up, Answer::accepted) >= ENOUGH);
        return new Timeline(stopping, down, starting, up);
    }

    /** When the broker was told to stop, was stopped, was told to start and had started (ms into the stream). */
    private record Timeline(long stopping, long down, long starting, long up) {

        List<Answer> answeredWhileDown(List<Answer> answers) {
            return answers.stream()
                    .filter(a -> a.sentAt() >= down && a.answeredAt() <= starting)
                    .toList();
        }

        String describe(List<Answer> answers) {
            long firstRefusal = answers.stream()
                    .filter(a -> a.refused() && a.answeredAt() >= stopping)
                    .mapToLong(Answer::answeredAt)
                    .min()
                    .orElse(-1);
            long firstAcceptance = answers.stream()
                    .filter(a -> a.accepted() && a.sentAt() >= starting)
                    .mapToLong(Answer::answeredAt)
                    .min()
                    .orElse(-1);
            return "docker stop took %d ms, first 503 %d ms after it began; docker start to startup %d ms,"
                            .formatted(down - stopping, firstRefusal - stopping, up - starting)
                    + " first 2xx %d ms after the start began".formatted(firstAcceptance - starting);
        }
    }
}
