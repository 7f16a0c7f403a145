package io.arrflow.prober.probe.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.prober.ProberProperties;
import io.arrflow.prober.ProberProperties.Target;
import io.arrflow.prober.probe.Endpoint;
import io.arrflow.prober.probe.JsonConditions;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.secrets.ApiKeys;
import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.TargetBoard;
import io.arrflow.prober.support.MisbehavingServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Every network probe, built as the prober builds it, against loopback servers that refuse, stay
 * silent, hang up or show an untrusted certificate: the reason says what happened and where.
 */
class ProbeFailuresIT {

    private static final Duration TIMEOUT = Duration.ofMillis(700);
    /** A first TLS handshake on a busy machine may take longer than a plain connection. */
    private static final Duration TLS_TIMEOUT = Duration.ofSeconds(15);

    /** Set up as the prober sets its client up: the connection (with its TLS handshake) within the timeout. */
    private static final Map<Duration, HttpClient> HTTP = Map.of(
            TIMEOUT, HttpClient.newBuilder().connectTimeout(TIMEOUT).build(),
            TLS_TIMEOUT, HttpClient.newBuilder().connectTimeout(TLS_TIMEOUT).build());

    @TempDir
    static Path certificates;

    private static MisbehavingServer silent;
    private static MisbehavingServer hangingUp;
    private static MisbehavingServer untrusted;

    @BeforeAll
    static void startServers() throws Exception {
        silent = MisbehavingServer.silent();
        hangingUp = MisbehavingServer.hangingUp();
        untrusted = MisbehavingServer.untrustedTls(certificates);
    }

    @AfterAll
    static void stopServers() throws Exception {
        silent.close();
        hangingUp.close();
        untrusted.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tcp, tcp://127.0.0.1:%d",
        "http, http://127.0.0.1:%d/health",
        "arr, http://127.0.0.1:%d",
        "redis, redis://127.0.0.1:%d"
    })
    void a_refused_connection_names_the_address(String kind, String url) {
        int port = MisbehavingServer.closedPort();

        Observation seen = probe(kind, url.formatted(port));

        assertThat(seen.reason()).isEqualTo("connection refused on 127.0.0.1:" + port);
        assertThat(seen.evidence()).containsEntry("address", "127.0.0.1:" + port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tcp, tcp://sonarr.invalid:8989",
        "http, http://sonarr.invalid:8989/ping",
        "arr, https://sonarr.invalid",
        "redis, redis://sonarr.invalid:6379"
    })
    void a_host_name_that_does_not_resolve_is_an_unknown_host(String kind, String url) {
        assertThat(probe(kind, url).reason()).isEqualTo("unknown host sonarr.invalid");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "http, http://127.0.0.1:%d/health",
        "arr, http://127.0.0.1:%d",
        "redis, redis://127.0.0.1:%d",
        "http, https://127.0.0.1:%d/health"
    })
    void a_target_that_never_answers_has_no_answer_within_the_timeout(String kind, String url) {
        Observation seen = probe(kind, url.formatted(silent.port()));

        assertThat(seen.reason()).isEqualTo("no answer from 127.0.0.1:" + silent.port() + " within 700 ms");
    }

    @Test
    void a_probe_that_outlives_the_round_is_reported_in_the_words_of_its_own_timeout() {
        URI url = URI.create("http://127.0.0.1:" + silent.port() + "/health");
        Probe patient =
                new HttpProbe(HTTP.get(TIMEOUT), url, 200, new JsonConditions(Map.of()), null, Duration.ofSeconds(30));
        ProbeTarget target = new ProbeTarget("patient", "http", patient, Endpoint.of(url));
        // observeAll only probes: the board and the announcer are not involved
        ProbeRound round =
                new ProbeRound(List.of(target), new TargetBoard(Map.of(), Map.of()), null, TIMEOUT, Clock.systemUTC());

        Observation seen = round.observeAll().get("patient");
        round.close();

        assertThat(seen.reason()).isEqualTo("no answer from 127.0.0.1:" + silent.port() + " within 700 ms");
        assertThat(seen.reason()).isEqualTo(probe("http", url.toString()).reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http, http://127.0.0.1:%d/health", "arr, http://127.0.0.1:%d", "redis, redis://127.0.0.1:%d"})
    void a_target_that_hangs_up_closed_the_connection_without_an_answer(String kind, String url) {
        Observation seen = probe(kind, url.formatted(hangingUp.port()));

        assertThat(seen.reason())
                .isEqualTo("127.0.0.1:" + hangingUp.port() + " closed the connection without an answer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http, https://127.0.0.1:%d/health", "arr, https://127.0.0.1:%d"})
    void an_untrusted_certificate_is_a_tls_failure(String kind, String url) {
        Observation seen = probe(kind, url.formatted(untrusted.port()), TLS_TIMEOUT);

        assertThat(seen.reason())
                .startsWith("TLS certificate of 127.0.0.1:" + untrusted.port() + " not accepted: ")
                .doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http, https://127.0.0.1:%d/health", "redis, rediss://127.0.0.1:%d"})
    void a_failed_tls_handshake_is_a_tls_failure(String kind, String url) {
        Observation seen = probe(kind, url.formatted(hangingUp.port()), TLS_TIMEOUT);

        assertThat(seen.reason()).startsWith("TLS handshake with 127.0.0.1:" + hangingUp.port() + " failed: ");
    }

    /** What one probe of a target of this kind and URL saw, as the prober builds and runs it. */
    private static Observation probe(String kind, String url) {
        return probe(kind, url, TIMEOUT);
    }

    private static Observation probe(String kind, String url, Duration timeout) {
        ProberProperties properties = properties(kind, url, timeout);
        Target target = properties.targets().getFirst();
        ProbeFactory factory = new ProbeFactory(properties, HTTP.get(timeout), () -> null, null, new ApiKeys());
        ProbeTarget probed = new ProbeTarget("it-" + kind, kind, factory.probeFor(target), factory.endpointOf(target));
        Observation seen = probed.observe(timeout);
        assertThat(seen).isInstanceOf(Observation.Failing.class);
        return seen;
    }

    private static ProberProperties properties(String kind, String url, Duration timeout) {
        return new Binder(new MapConfigurationPropertySource(Map.of(
                        "arrflow.prober.timeout",
                        timeout.toMillis() + "ms",
                        "arrflow.prober.targets[0].name",
                        "it-" + kind,
                        "arrflow.prober.targets[0].kind",
                        kind,
                        "arrflow.prober.targets[0].url",
                        url,
                        "arrflow.prober.targets[0].api-key",
                        "0123456789abcdef")))
                .bindOrCreate("arrflow.prober", ProberProperties.class);
    }
}
