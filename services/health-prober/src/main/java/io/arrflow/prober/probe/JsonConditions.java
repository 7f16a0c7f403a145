package io.arrflow.prober.probe;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conditions on a JSON body: a JSON pointer and the text its value must have, e.g. {@code /status
 * = ok}; {@code *} only requires the value to exist.
 */
public final class JsonConditions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<String, String> expected;

    public JsonConditions(Map<String, String> expected) {
        this.expected = new TreeMap<>(expected == null ? Map.of() : expected);
    }

    /** The first condition the body does not meet, as a reason. */
    public Optional<String> unmet(String body) {
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            return Optional.of("body is not JSON");
        }
        for (Map.Entry<String, String> condition : expected.entrySet()) {
            JsonNode value = root.at(condition.getKey());
            if (value.isMissingNode()) {
                return Optional.of(condition.getKey() + " is missing");
            }
            String text = value.isValueNode() ? value.asString() : value.toString();
            if (!"*".equals(condition.getValue()) && !condition.getValue().equals(text)) {
                return Optional.of(condition.getKey() + " is " + text + ", expected " + condition.getValue());
            }
        }
        return Optional.empty();
    }
}
