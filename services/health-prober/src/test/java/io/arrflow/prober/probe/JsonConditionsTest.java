package io.arrflow.prober.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonConditionsTest {

    private static final String BODY = "{\"status\":\"ok\",\"checks\":{\"db\":{\"up\":true}},\"version\":\"1.2\"}";

    @Test
    void a_body_that_meets_every_condition_passes() {
        JsonConditions conditions =
                new JsonConditions(Map.of("/status", "ok", "/checks/db/up", "true", "/version", "*"));

        assertThat(conditions.unmet(BODY)).isEmpty();
    }

    @Test
    void a_different_value_is_named_in_the_reason() {
        assertThat(new JsonConditions(Map.of("/status", "healthy")).unmet(BODY))
                .contains("/status is ok, expected healthy");
    }

    @Test
    void a_missing_value_fails() {
        assertThat(new JsonConditions(Map.of("/uptime", "*")).unmet(BODY)).contains("/uptime is missing");
    }

    @Test
    void a_body_that_is_not_json_fails_only_when_there_are_conditions() {
        assertThat(new JsonConditions(Map.of("/status", "ok")).unmet("<html>")).contains("body is not JSON");
        assertThat(new JsonConditions(null).unmet("<html>")).isEmpty();
    }
}
