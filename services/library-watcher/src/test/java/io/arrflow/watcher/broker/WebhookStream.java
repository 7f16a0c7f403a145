package io.arrflow.watcher.broker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An arr app that keeps sending webhooks, one after another (at most 100 a second), each numbered, from a
 * thread of its own, and remembers every answer. What a webhook caused is found by its number later.
 */
final class WebhookStream implements AutoCloseable {

    /** One webhook's answer; times in milliseconds since the stream began. */
    record Answer(int number, long sentAt, long answeredAt, int status, String body) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }

        boolean refused() {
            return status == 503;
        }

        /** The problem detail of a refusal, the body itself when it is not one. */
        String detail() {
            Matcher matcher = DETAIL.matcher(body);
            return matcher.find() ? matcher.group(1) : body;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** At most 100 webhooks a second: an arr app's burst, without a refused stream flooding the log. */
    private static final Duration PACE = Duration.ofMillis(10);

    private static final Pattern DETAIL = Pattern.compile("\"detail\":\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI target;
    private final String authorization;
    private final IntFunction<String> webhook;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final long began = System.nanoTime();
    private final Thread sender = Thread.ofPlatform().name("webhook-stream").unstarted(this::sendUntilStopped);
    private volatile boolean running = true;

    /** {@code webhook} makes the body of webhook number n. */
    WebhookStream(URI target, String authorization, IntFunction<String> webhook) {
        this.target = target;
        this.authorization = authorization;
        this.webhook = webhook;
    }

    WebhookStream start() {
        sender.start();
        return this;
    }

    long now() {
        return (System.nanoTime() - began) / 1_000_000;
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** How many webhooks sent at or after {@code since} were answered as {@code wanted}. */
    /** How often each reason was given for a refusal. */
    Map<String, Long> refusalReasons() {
        return answers.stream()
                .filter(Answer::refused)
                .collect(Collectors.groupingBy(Answer::detail, TreeMap::new, Collectors.counting()));
    }

    long answeredSince(long since, Predicate<Answer> wanted) {
        return answers.stream().filter(a -> a.sentAt() >= since).filter(wanted).count();
    }

    /** Stops sending and waits for the answer to the webhook in flight. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        sender.join(REQUEST_TIMEOUT.plusSeconds(5).toMillis());
    }

    private void sendUntilStopped() {
        long next = System.nanoTime();
        for (int number = 1; running; number++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next = System.nanoTime() + PACE.toNanos();
            answers.add(send(number));
        }
    }

    private Answer send(int number) {
        long sentAt = now();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(webhook.apply(number)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(number, sentAt, now(), response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return new Answer(number, sentAt, now(), -1, "interrupted");
        } catch (Exception e) {
            return new Answer(number, sentAt, now(), -1, "no answer: " + e);
        }
    }
}
