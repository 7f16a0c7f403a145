package io.arrflow.rotator.init;

import static io.arrflow.rotator.init.SecretKind.ARR_API_KEY;
import static io.arrflow.rotator.init.SecretKind.LONG_SECRET;
import static io.arrflow.rotator.init.SecretKind.TOKEN;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * THE list of secrets the compose stack needs: the one place that names them. {@code init}
 * generates each into {@code <dir>/secrets/<name>} and writes the {@code .env} variables listed
 * here; the rotator rotates the arr keys in place. Container paths are Docker secrets
 * ({@code /run/secrets/<name>}).
 */
public final class StackSecrets {

    /** Where compose mounts the secrets inside a container. */
    public static final String CONTAINER_DIR = "/run/secrets";

    public static final List<StackSecret> ALL = List.of(
            arrKey("sonarr", true),
            arrKey("radarr", true),
            arrKey("lidarr", true),
            arrKey("prowlarr", false),
            new StackSecret(
                    "arrflow-api-token", TOKEN, List.of("ARRFLOW_API_TOKEN_FILE"), "every arrflow service (REST API)"),
            new StackSecret(
                    "rabbitmq-password",
                    TOKEN,
                    List.of("SPRING_RABBITMQ_PASSWORD_FILE"),
                    "rabbitmq and every arrflow service"),
            new StackSecret(
                    "redis-password",
                    TOKEN,
                    List.of("SPRING_DATA_REDIS_PASSWORD_FILE"),
                    "redis and every arrflow service"),
            new StackSecret(
                    "webhook-password",
                    TOKEN,
                    List.of("ARRFLOW_WEBHOOK_PASSWORD_FILE"),
                    "library-watcher (Basic auth of the arr webhooks; user: ARRFLOW_WATCHER_WEBHOOK_USERNAME)"),
            new StackSecret(
                    "authelia-jwt-secret",
                    LONG_SECRET,
                    List.of("AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET_FILE"),
                    "authelia"),
            new StackSecret(
                    "authelia-session-secret", LONG_SECRET, List.of("AUTHELIA_SESSION_SECRET_FILE"), "authelia"),
            new StackSecret(
                    "authelia-storage-encryption-key",
                    LONG_SECRET,
                    List.of("AUTHELIA_STORAGE_ENCRYPTION_KEY_FILE"),
                    "authelia"));

    /** Plain (non-secret) settings written to the {@code .env} next to the file references. */
    public static final List<String> PLAIN_SETTINGS =
            List.of("ARRFLOW_SECRETS_DIR=./secrets", "ARRFLOW_WATCHER_WEBHOOK_USERNAME=arrflow");

    private StackSecrets() {}

    /** The secret name of an arr app's API key, e.g. {@code sonarr-api-key}. */
    public static String arrKeyName(String app) {
        return app.toLowerCase(Locale.ROOT) + "-api-key";
    }

    public static Optional<StackSecret> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The file a container reads, e.g. {@code /run/secrets/sonarr-api-key}. */
    public static String containerPath(StackSecret secret) {
        return CONTAINER_DIR + "/" + secret.name();
    }

    /** library-watcher reads the keys of the apps it tells to rescan: {@code arrflow.arr.<app>.api-key-file}. */
    private static StackSecret arrKey(String app, boolean watcherReadsIt) {
        String upper = app.toUpperCase(Locale.ROOT);
        String linuxserver = "FILE__" + upper + "__AUTH__APIKEY";
        List<String> variables =
                watcherReadsIt ? List.of("ARRFLOW_ARR_" + upper + "_API_KEY_FILE", linuxserver) : List.of(linuxserver);
        String readers = watcherReadsIt ? "library-watcher, health-prober" : "health-prober";
        return new StackSecret(
                arrKeyName(app),
                ARR_API_KEY,
                variables,
                app + " (linuxserver FILE__ override of its config.xml key), " + readers);
    }
}
