package io.arrflow.platform.arrapi;

import io.arrflow.platform.arrapi.ArrApi.Operation;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Checks one request against the operation it is for: parameters, API key, body; collects what is wrong. */
final class RequestCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final SchemaCheck schemas;
    private final Operation operation;
    private final ArrRequest request;
    private final List<String> problems;
    private final Map<String, String> query;

    RequestCheck(
            JsonNode document, SchemaCheck schemas, Operation operation, ArrRequest request, List<String> problems) {
        this.document = document;
        this.schemas = schemas;
        this.operation = operation;
        this.request = request;
        this.problems = problems;
        this.query = parse(request.query());
    }

    void run() {
        pathParameters();
        queryParameters();
        apiKey();
        body();
    }

    private void pathParameters() {
        Matcher matcher = operation.pattern().matcher(request.path());
        matcher.matches();
        for (JsonNode parameter : parameters("path")) {
            String name = parameter.path("name").asString();
            schemas.check(parameter.path("schema"), scalar(matcher.group(name)), "path parameter " + name, problems);
        }
    }

    private void queryParameters() {
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        parameters("query")
                .forEach(parameter -> declared.put(parameter.path("name").asString(), parameter));
        query.forEach((name, value) -> {
            JsonNode parameter = declared.get(name);
            if (parameter == null) {
                problems.add("query parameter " + name + " is not in the subset");
            } else {
                schemas.check(parameter.path("schema"), scalar(value), "query parameter " + name, problems);
            }
        });
        declared.forEach((name, parameter) -> {
            if (parameter.path("required").asBoolean(false) && !query.containsKey(name)) {
                problems.add("query parameter " + name + " is required");
            }
        });
    }

    /** OpenAPI semantics: any one requirement of the list suffices; all schemes of a requirement are needed. */
    private void apiKey() {
        JsonNode node = operation.node();
        JsonNode security = node.has("security") ? node.path("security") : document.path("security");
        if (security.isEmpty()) {
            return;
        }
        for (JsonNode requirement : security) {
            if (requirement.propertyNames().stream().allMatch(this::carries)) {
                return;
            }
        }
        problems.add("carries no key the operation accepts (" + security + ")");
    }

    private boolean carries(String scheme) {
        JsonNode definition =
                document.path("components").path("securitySchemes").path(scheme);
        String name = definition.path("name").asString("");
        return switch (definition.path("in").asString("")) {
            case "header" ->
                request.header(name).filter(value -> !value.isBlank()).isPresent();
            case "query" -> query.containsKey(name);
            default -> false;
        };
    }

    private void body() {
        JsonNode requestBody = operation.node().path("requestBody");
        if (requestBody.isMissingNode()) {
            if (!request.body().isBlank()) {
                problems.add("sends a body, the operation takes none");
            }
            return;
        }
        if (request.body().isBlank()) {
            if (requestBody.path("required").asBoolean(false)) {
                problems.add("sends no body, the operation needs one");
            }
            return;
        }
        String contentType = request.header("Content-Type")
                .map(value -> value.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .orElse("none");
        JsonNode media = requestBody.path("content").path(contentType);
        if (media.isMissingNode()) {
            problems.add("sends Content-Type " + contentType + ", the operation takes "
                    + requestBody.path("content").propertyNames());
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (JacksonException e) {
            problems.add("sends a body that is not JSON");
            return;
        }
        JsonNode commands = requestBody.path("x-arrflow-commands");
        if (commands.isMissingNode()) {
            schemas.check(media.path("schema"), body, "body", problems);
        } else {
            command(schemas.resolve(media.path("schema")), commands, body);
        }
    }

    /** A command body: the resource's fields plus the parameters of the command its {@code name} selects. */
    private void command(JsonNode resource, JsonNode commands, JsonNode body) {
        String name = body.path("name").asString("");
        JsonNode command = commands.path(name);
        if (!body.isObject() || command.isMissingNode()) {
            problems.add("body.name is '" + name + "', the subset has only the commands " + commands.propertyNames());
            return;
        }
        body.forEachEntry((field, value) -> {
            JsonNode property = resource.path("properties").path(field);
            property = property.isMissingNode() ? command.path("properties").path(field) : property;
            if (property.isMissingNode()) {
                problems.add(
                        "body." + field + " is neither a field of the command resource nor a parameter of " + name);
            } else {
                schemas.check(property, value, "body." + field, problems);
            }
        });
        for (JsonNode required : command.path("required")) {
            if (!body.has(required.asString())) {
                problems.add("body." + required.asString() + " is missing, " + name + " needs it");
            }
        }
    }

    private List<JsonNode> parameters(String in) {
        return operation
                .node()
                .path("parameters")
                .valueStream()
                .filter(parameter -> parameter.path("in").asString("").equals(in))
                .toList();
    }

    private static JsonNode scalar(String raw) {
        return raw.matches("-?\\d+")
                ? JsonNodeFactory.instance.numberNode(new BigInteger(raw))
                : JsonNodeFactory.instance.stringNode(raw);
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
