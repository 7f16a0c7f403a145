package io.arrflow.rotator.rotation.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.platform.arrapi.ArrApi;
import io.arrflow.platform.arrapi.ArrApiStandIn;
import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.ArrTarget;
import io.arrflow.rotator.rotation.Health;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request the rotator's health check sends, for each arr app on its default API path, against
 * the project's subset of that app's API: {@code /ping} without a key, then {@code system/status}
 * with the key being checked.
 */
class HttpArrHealthContractIT {

    private static final ApiKey KEY = new ApiKey("3e7a1c9b5d0f4e2a8c6b1d3f5a7e9c0b");

    static Stream<Arguments> apps() {
        return Stream.of(
                Arguments.of("sonarr", ArrApi.sonarrV3()),
                Arguments.of("radarr", ArrApi.radarrV3()),
                Arguments.of("lidarr", ArrApi.lidarrV1()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void a_health_check_sends_only_requests_the_app_takes(String app, ArrApi api) throws Exception {
        try (ArrApiStandIn arr = ArrApiStandIn.start(api, KEY.value())) {
            HttpArrHealth health = new HttpArrHealth(
                    HttpArrHealth.client(), arr.url(), ArrTarget.defaultApiPath(app), Duration.ofMillis(50));

            Health seen = health.check(KEY);

            assertThat(seen).isInstanceOf(Health.Healthy.class);
            assertThat(((Health.Healthy) seen).version()).matches("version \\d+(\\.\\d+)+");
            assertThat(arr.requests().getFirst().header("X-Api-Key")).isEmpty();
            assertThat(arr.assertEveryRequestAccepted()).isEqualTo(api.operationsCalledBy("secrets-rotator"));
        }
    }
}
