package io.arrflow.platform.arrapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of one arr app's API that arrflow relies on, read from {@code arr-api/<name>.json} on the
 * test classpath (Sonarr v3, Radarr v3, Lidarr v1): the project's own subset of the upstream OpenAPI
 * documents, with the known differences between those documents and the running apps written in.
 * {@link #violations} tells what is wrong with a request arrflow sent; an empty list means the app
 * accepts it.
 */
public final class ArrApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String name;
    private final JsonNode document;
    private final SchemaCheck schemas;
    private final List<Operation> operations = new ArrayList<>();

    private ArrApi(String name, JsonNode document) {
        this.name = name;
        this.document = document;
        this.schemas = new SchemaCheck(document);
        document.path("paths")
                .forEachEntry((template, methods) -> methods.forEachEntry((method, operation) -> {
                    if (HTTP_METHODS.contains(method)) {
                        operations.add(
                                new Operation(method.toUpperCase(Locale.ROOT), template, pattern(template), operation));
                    }
                }));
    }

    public static ArrApi sonarrV3() {
        return load("sonarr-v3");
    }

    public static ArrApi radarrV3() {
        return load("radarr-v3");
    }

    public static ArrApi lidarrV1() {
        return load("lidarr-v1");
    }

    /** Reads {@code arr-api/<name>.json}; a missing subset fails the test, it never skips it. */
    public static ArrApi load(String name) {
        try (InputStream in = ArrApi.class.getResourceAsStream("/arr-api/" + name + ".json")) {
            if (in == null) {
                throw new AssertionError("arr-api/" + name + ".json is not on the test classpath");
            }
            return new ArrApi(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The operations ({@code GET /ping}) whose {@code x-arrflow-callers} name this module. */
    public Set<String> operationsCalledBy(String module) {
        Set<String> called = new TreeSet<>();
        operations.stream()
                .filter(operation -> operation.node().path("x-arrflow-callers").has(module))
                .forEach(operation -> called.add(operation.id()));
        return called;
    }

    /** The operation a request is for ({@code GET /api/v3/command/{id}}), if the subset has it. */
    public Optional<String> operationOf(ArrRequest request) {
        return match(request).map(Operation::id);
    }

    /** What the subset does not allow in this request: path, method, parameters, key, body. */
    public List<String> violations(ArrRequest request) {
        Optional<Operation> operation = match(request);
        if (operation.isEmpty()) {
            return List.of(request + " is not an operation of the " + name + " subset");
        }
        List<String> problems = new ArrayList<>();
        new RequestCheck(document, schemas, operation.get(), request, problems).run();
        return problems;
    }

    @Override
    public String toString() {
        return name;
    }

    public void assertAccepts(ArrRequest request) {
        List<String> problems = violations(request);
        if (!problems.isEmpty()) {
            throw new AssertionError(name + " would not take " + request + ":\n  " + String.join("\n  ", problems));
        }
    }

    Optional<Operation> match(ArrRequest request) {
        return operations.stream()
                .filter(operation -> operation.method().equals(request.method()))
                .filter(operation -> operation.pattern().matcher(request.path()).matches())
                .findFirst();
    }

    JsonNode document() {
        return document;
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE_VARIABLE.matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())))
                    .append("(?<")
                    .append(variable.group(1))
                    .append(">[^/]+)");
            last = variable.end();
        }
        return Pattern.compile(
                regex.append(Pattern.quote(template.substring(last))).toString());
    }

    /** One path and method of the subset. */
    record Operation(String method, String template, Pattern pattern, JsonNode node) {

        String id() {
            return method + " " + template;
        }
    }
}
