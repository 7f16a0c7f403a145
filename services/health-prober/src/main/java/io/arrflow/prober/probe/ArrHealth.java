package io.arrflow.prober.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The issues an arr app reports on its health endpoint ({@code [{source, type, message, wikiUrl}]}). */
public record ArrHealth(Map<String, String> evidence, Optional<String> firstError) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ArrHealth parse(String body) {
        Map<String, String> evidence = new LinkedHashMap<>();
        String firstError = null;
        int errors = 0;
        for (JsonNode issue : JSON.readTree(body)) {
            String type = issue.path("type").asString("");
            String message = issue.path("message").asString("");
            evidence.put("issue." + issue.path("source").asString("unknown"), type + ": " + message);
            if ("error".equalsIgnoreCase(type)) {
                errors++;
                firstError = firstError == null ? message : firstError;
            }
        }
        evidence.put("issues", String.valueOf(evidence.size()));
        String reason = errors == 0 ? null : errors + " health error(s): " + firstError;
        return new ArrHealth(evidence, Optional.ofNullable(reason));
    }
}
