package io.arrflow.platform.arrapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The subset checker itself: it accepts what the apps accept and names what they would not take. */
class ArrApiTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private final ArrApi sonarr = ArrApi.sonarrV3();
    private final ArrApi lidarr = ArrApi.lidarrV1();

    @Test
    void accepts_a_series_rescan_with_its_known_parameter() {
        assertThat(sonarr.violations(aCommand("/api/v3/command", "{\"name\":\"RescanSeries\",\"seriesId\":12}")))
                .isEmpty();
    }

    @Test
    void accepts_a_ping_without_a_key_although_the_upstream_document_asks_for_one() {
        assertThat(sonarr.violations(get("/ping", Map.of()))).isEmpty();
    }

    @Test
    void names_a_path_or_method_the_subset_does_not_have() {
        assertThat(sonarr.violations(get("/api/v3/series", withKey())))
                .containsExactly("GET /api/v3/series is not an operation of the sonarr-v3 subset");
        assertThat(sonarr.violations(new ArrRequest("DELETE", "/api/v3/command/5", null, withKey(), null)))
                .hasSize(1);
    }

    @Test
    void names_a_field_that_is_neither_in_the_resource_nor_a_parameter_of_the_command() {
        assertThat(sonarr.violations(aCommand("/api/v3/command", "{\"name\":\"RescanSeries\",\"seriesIds\":[12]}")))
                .containsExactly(
                        "body.seriesIds is neither a field of the command resource nor a parameter of RescanSeries",
                        "body.seriesId is missing, RescanSeries needs it");
    }

    @Test
    void names_a_parameter_of_the_wrong_type_and_an_unknown_command() {
        assertThat(sonarr.violations(aCommand("/api/v3/command", "{\"name\":\"RescanSeries\",\"seriesId\":\"12\"}")))
                .containsExactly("body.seriesId should be a JSON integer (int32), is \"12\"");
        assertThat(sonarr.violations(aCommand("/api/v3/command", "{\"name\":\"RescanMovie\",\"movieId\":3}")))
                .containsExactly("body.name is 'RescanMovie', the subset has only the commands [RescanSeries]");
        assertThat(lidarr.violations(aCommand("/api/v1/command", "{\"name\":\"RefreshArtist\",\"artistIds\":5}")))
                .containsExactly("body.artistIds should be a JSON array, is 5");
    }

    @Test
    void names_a_missing_key_a_key_in_the_query_and_a_command_id_that_is_no_number() {
        assertThat(sonarr.violations(get("/api/v3/health", Map.of())))
                .singleElement()
                .asString()
                .startsWith("carries no key the operation accepts");
        assertThat(sonarr.violations(new ArrRequest("GET", "/api/v3/system/status", "apikey=" + KEY, Map.of(), null)))
                .contains("query parameter apikey is not in the subset");
        assertThat(sonarr.violations(get("/api/v3/command/abc", withKey())))
                .containsExactly("path parameter id should be a JSON integer (int32), is \"abc\"");
    }

    @Test
    void names_a_command_sent_as_something_else_than_json() {
        ArrRequest form = new ArrRequest(
                "POST",
                "/api/v1/command",
                null,
                Map.of("X-Api-Key", KEY, "Content-Type", "text/plain"),
                "RefreshArtist");
        assertThat(lidarr.violations(form))
                .containsExactly("sends Content-Type text/plain, the operation takes [application/json]");
        assertThatThrownBy(() -> lidarr.assertAccepts(form))
                .hasMessageStartingWith("lidarr-v1 would not take POST /api/v1/command");
    }

    @Test
    void each_service_calls_the_operations_written_down_for_it() {
        assertThat(ArrApi.radarrV3().operationsCalledBy("library-watcher"))
                .containsExactly("GET /api/v3/command/{id}", "POST /api/v3/command");
        assertThat(lidarr.operationsCalledBy("health-prober")).containsExactly("GET /api/v1/health", "GET /ping");
        assertThat(sonarr.operationsCalledBy("secrets-rotator"))
                .containsExactly("GET /api/v3/system/status", "GET /ping");
    }

    @Test
    void the_stand_in_answers_like_the_app_and_records_the_requests() throws Exception {
        try (ArrApiStandIn arr = ArrApiStandIn.start(sonarr, KEY)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> started = http.send(
                    HttpRequest.newBuilder(arr.url().resolve("/api/v3/command"))
                            .header("X-Api-Key", KEY)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"RescanSeries\",\"seriesId\":12}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(arr.url().resolve(URI.create("/api/v3/health")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(started.statusCode()).isEqualTo(201);
            assertThat(started.body()).contains("\"id\":1001");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThatThrownBy(arr::assertEveryRequestAccepted).hasMessageContaining("GET /api/v3/health");
            assertThat(arr.requests()).hasSize(2);
        }
    }

    private static ArrRequest aCommand(String path, String body) {
        return new ArrRequest("POST", path, null, Map.of("X-Api-Key", KEY, "Content-Type", "application/json"), body);
    }

    private static ArrRequest get(String path, Map<String, String> headers) {
        return new ArrRequest("GET", path, null, headers, null);
    }

    private static Map<String, String> withKey() {
        return Map.of("X-Api-Key", KEY);
    }
}
