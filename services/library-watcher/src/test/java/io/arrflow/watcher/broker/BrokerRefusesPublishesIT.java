package io.arrflow.watcher.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrflow.watcher.broker.WebhookStream.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class BrokerRefusesPublishesIT extends OwnBrokerTest {

    /** Well below the confirm timeout (10 s): a refusal is told at once, not after a wait for a confirm. */
    private static final long PROMPT_MILLIS = 2_000;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        properties(registry, 5);
    }

    @Test
    void under_a_memory_alarm_a_webhook_is_refused_at_once_with_the_reason_and_accepted_again_once_it_clears()
            throws Exception {
        List<Answer> answers;
        Map<String, Long> reasons;
        long alarm;
        long cleared;
        try (WebhookStream stream = webhookStream().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.answeredSince(0, Answer::accepted) >= 5);
            alarm = stream.now();
            broker().raiseMemoryAlarm();
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answeredSince(alarm, Answer::refused) >= 20);
            cleared = stream.now();
            broker().clearMemoryAlarm();
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answeredSince(cleared, Answer::accepted) >= 5);
            answers = stream.answers();
            reasons = stream.refusalReasons();
        }
        Tally tally = Tally.of(answers, messagesPerWebhook());
        System.out.println(
                "memory alarm: " + tally + "; " + describe(answers, alarm, cleared) + "; 503 reasons " + reasons);

        List<Answer> refused = answers.stream().filter(Answer::refused).toList();
        assertThat(answers).allSatisfy(a -> assertThat(a.accepted() || a.refused())
                .as("webhook %d answered %d %s", a.number(), a.status(), a.body())
                .isTrue());
        assertThat(refused).isNotEmpty().allSatisfy(a -> {
            assertThat(a.body()).contains("message broker unavailable: it refuses publishes (low on memory)");
            assertThat(a.answeredAt() - a.sentAt()).isLessThan(PROMPT_MILLIS);
        });
        assertThat(tally.lost()).isZero();
        assertThat(tally.duplicates()).isZero();
    }

    private static String describe(List<Answer> answers, long alarm, long cleared) {
        long firstRefusal = first(answers, a -> a.refused() && a.sentAt() >= alarm);
        long firstAcceptance = first(answers, a -> a.accepted() && a.sentAt() >= cleared);
        long slowestRefusal = answers.stream()
                .filter(Answer::refused)
                .mapToLong(a -> a.answeredAt() - a.sentAt())
                .max()
                .orElse(-1);
        return "first 503 %d ms after the alarm was raised, slowest 503 took %d ms, first 2xx %d ms after it was cleared"
                .formatted(firstRefusal - alarm, slowestRefusal, firstAcceptance - cleared);
    }

    private static long first(List<Answer> answers, Predicate<Answer> wanted) {
        return answers.stream()
                .filter(wanted)
                .mapToLong(Answer::answeredAt)
                .min()
                .orElse(-1);
    }
}
