package io.arrflow.platform.arrapi;

import java.util.List;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of the subset: {@code type} (with {@code format: int32}),
 * {@code nullable}, {@code enum}, array {@code items} and object {@code properties}. An object may
 * carry only the properties its schema lists: the subset names everything arrflow sends.
 */
final class SchemaCheck {

    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** The schema itself, or the one its {@code $ref} points to in the same document. */
    JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        return ref.isString() ? resolve(document.at(ref.asString().substring(1))) : schema;
    }

    void check(JsonNode schema, JsonNode value, String where, List<String> problems) {
        JsonNode resolved = resolve(schema);
        if (value.isNull()) {
            if (!resolved.path("nullable").asBoolean(false)) {
                problems.add(where + " is null, the subset does not allow it");
            }
            return;
        }
        if (!hasType(resolved, value)) {
            problems.add(where + " should be " + describe(resolved) + ", is " + value);
            return;
        }
        JsonNode allowed = resolved.path("enum");
        if (allowed.isArray()
                && StreamSupport.stream(allowed.spliterator(), false).noneMatch(value::equals)) {
            problems.add(where + " is " + value + ", not one of " + allowed);
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(resolved.path("items"), value.get(i), where + "[" + i + "]", problems);
            }
        } else if (value.isObject()) {
            value.forEachEntry((name, field) -> {
                JsonNode property = resolved.path("properties").path(name);
                if (property.isMissingNode()) {
                    problems.add(where + "." + name + " is not in the subset");
                } else {
                    check(property, field, where + "." + name, problems);
                }
            });
        }
    }

    private static boolean hasType(JsonNode schema, JsonNode value) {
        return switch (schema.path("type").asString("")) {
            case "string" -> value.isString();
            case "integer" ->
                value.isIntegralNumber()
                        && (!"int32".equals(schema.path("format").asString("")) || value.canConvertToInt());
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }

    private static String describe(JsonNode schema) {
        String format = schema.path("format").asString("");
        return "a JSON " + schema.path("type").asString("value") + (format.isEmpty() ? "" : " (" + format + ")");
    }
}
