package io.arrflow.rotator.rotation.adapter;

import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.Health;
import io.arrflow.rotator.rotation.Health.Healthy;
import io.arrflow.rotator.rotation.Health.Unhealthy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an arr instance over HTTP: {@code /ping} first, then {@code <api>/system/status} with the
 * key in {@code X-Api-Key}. A key refused three times in a row by a running instance is rejected
 * at once, without waiting for the whole timeout.
 */
public final class HttpArrHealth {

    static final int REJECTIONS_BEFORE_GIVING_UP = 3;
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpClient http;
    private final URI base;
    private final String apiPath;
    private final Duration pollInterval;

    public HttpArrHealth(HttpClient http, URI base, String apiPath, Duration pollInterval) {
        this.http = http;
        this.base = base;
        this.apiPath = apiPath;
        this.pollInterval = pollInterval;
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Health await(ApiKey key, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no check ran";
        int rejections = 0;
        while (Instant.now().isBefore(deadline)) {
            Health health = check(key);
            if (health instanceof Healthy) {
                return health;
            }
            last = ((Unhealthy) health).reason();
            rejections = last.startsWith("key rejected") ? rejections + 1 : 0;
            if (rejections >= REJECTIONS_BEFORE_GIVING_UP) {
                return health;
            }
            pause();
        }
        return new Unhealthy(last + " (gave up after " + timeout.toSeconds() + "s)");
    }

    Health check(ApiKey key) {
        try {
            int ping = get(base.resolve("/ping"), null).statusCode();
            if (ping != 200) {
                return new Unhealthy("/ping answered HTTP " + ping);
            }
            HttpResponse<String> status = get(base.resolve(apiPath + "/system/status"), key);
            return switch (status.statusCode()) {
                case 200 -> new Healthy(version(status.body()));
                case 401, 403 ->
                    new Unhealthy("key rejected (HTTP " + status.statusCode() + ") by " + apiPath + "/system/status");
                default -> new Unhealthy(apiPath + "/system/status answered HTTP " + status.statusCode());
            };
        } catch (IOException e) {
            return new Unhealthy("no answer on " + base + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unhealthy("interrupted");
        }
    }

    private HttpResponse<String> get(URI uri, ApiKey key) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
        if (key != null) {
            request.header("X-Api-Key", key.value());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String version(String body) {
        Matcher matcher = VERSION.matcher(body);
        return matcher.find() ? "version " + matcher.group(1) : "status answered";
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
