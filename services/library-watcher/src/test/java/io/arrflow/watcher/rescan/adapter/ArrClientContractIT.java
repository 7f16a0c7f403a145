package io.arrflow.watcher.rescan.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.platform.arrapi.ArrApi;
import io.arrflow.platform.arrapi.ArrApiStandIn;
import io.arrflow.watcher.rescan.ArrConnections.Connection;
import io.arrflow.watcher.rescan.RescanCommand;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request a rescan sends, for each arr app, against the project's subset of that app's API:
 * starting the command and following it, with the key, on the API version the subset describes.
 */
class ArrClientContractIT {

    private static final String KEY = "5f0e3c1b8a9d4e2f7a6b1c0d9e8f7a6b";

    static Stream<Arguments> apps() {
        return Stream.of(
                Arguments.of(ArrApp.SONARR, ArrApi.sonarrV3()),
                Arguments.of(ArrApp.RADARR, ArrApi.radarrV3()),
                Arguments.of(ArrApp.LIDARR, ArrApi.lidarrV1()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void a_rescan_sends_only_requests_the_app_takes(ArrApp app, ArrApi api) throws Exception {
        try (ArrApiStandIn arr = ArrApiStandIn.start(api, KEY)) {
            Connection connection = new Connection(app, arr.url(), KEY, null);
            RescanCommand command = RescanCommand.of(new ArrItemRef(app, 42));
            ArrClient client = new ArrClient();

            long id = client.start(connection, command);
            String status = client.status(connection, command, id);

            assertThat(id).isEqualTo(1001);
            assertThat(status).isEqualTo("completed");
            assertThat(arr.assertEveryRequestAccepted()).isEqualTo(api.operationsCalledBy("library-watcher"));
        }
    }
}
