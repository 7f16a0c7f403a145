package io.arrflow.prober.probe.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.platform.arrapi.ArrApi;
import io.arrflow.platform.arrapi.ArrApiStandIn;
import io.arrflow.prober.state.Observation;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request the arr probe sends, for each arr app and the {@code api-version} configured for it,
 * against the project's subset of that app's API: {@code /ping} without a key, then the health checks
 * with it. The issue the subset's example reports shows up as evidence.
 */
class ArrProbeContractIT {

    private static final String KEY = "9c4d2e1f0a8b7c6d5e4f3a2b1c0d9e8f";

    static Stream<Arguments> apps() {
        return Stream.of(
                Arguments.of(ArrApi.sonarrV3(), "v3"),
                Arguments.of(ArrApi.radarrV3(), "v3"),
                Arguments.of(ArrApi.lidarrV1(), "v1"));
    }

    @ParameterizedTest(name = "{0} on api-version {1}")
    @MethodSource("apps")
    void a_probe_sends_only_requests_the_app_takes(ArrApi api, String apiVersion) throws Exception {
        try (ArrApiStandIn arr = ArrApiStandIn.start(api, KEY)) {
            ArrProbe probe = new ArrProbe(
                    HttpClient.newHttpClient(), arr.url(), apiVersion, () -> Optional.of(KEY), Duration.ofSeconds(5));

            Observation seen = probe.probe();

            assertThat(seen).isInstanceOf(Observation.Healthy.class);
            assertThat(seen.evidence())
                    .containsEntry("issue.IndexerRssCheck", "warning: No indexers available with RSS sync enabled");
            assertThat(arr.requests().getFirst().header("X-Api-Key")).isEmpty();
            assertThat(arr.assertEveryRequestAccepted()).isEqualTo(api.operationsCalledBy("health-prober"));
        }
    }
}
