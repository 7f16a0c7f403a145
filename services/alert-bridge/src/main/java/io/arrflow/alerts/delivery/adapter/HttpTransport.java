package io.arrflow.alerts.delivery.adapter;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.channel.ApiBases;
import io.arrflow.alerts.channel.HttpCall;
import io.arrflow.alerts.channel.HttpChannel;
import io.arrflow.alerts.delivery.DeliveryResult;
import io.arrflow.alerts.delivery.Responses;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/** Sends a channel's HTTP call with the JDK client; network trouble is transient. */
public final class HttpTransport {

    private final HttpClient client;
    private final ApiBases bases;
    private final Duration timeout;
    private final Clock clock;

    public HttpTransport(ApiBases bases, Duration timeout, Clock clock) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance with webhook servers
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.bases = bases;
        this.timeout = timeout;
        this.clock = clock;
    }

    DeliveryResult send(HttpChannel channel, Notification notification) throws InterruptedException {
        HttpCall call = channel.call(notification, bases);
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri())
                .timeout(timeout)
                .header("User-Agent", "arrflow-alert-bridge")
                .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        call.headers().forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return Responses.classify(
                    channel.kind(),
                    response.statusCode(),
                    response.headers().firstValue("Retry-After"),
                    response.body(),
                    clock.instant());
        } catch (IOException e) {
            return new DeliveryResult.Transient(
                    channel.kind() + " unreachable: " + e.getClass().getSimpleName());
        }
    }
}
