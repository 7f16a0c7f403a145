package io.arrflow.rotator.audit;

/** What the audit looks for; the id is stable and shown in every finding. */
public enum SecretRule {
    ARR_API_KEY("arr-api-key", "an arr API key (32 hex digits) assigned in configuration"),
    ARR_CONFIG_API_KEY("arr-config-api-key", "an arr config.xml with its <ApiKey>"),
    URL_CREDENTIALS("url-credentials", "a URL with a password in it"),
    GENERIC_TOKEN("generic-token", "a high-entropy value assigned to a secret-looking name");

    private final String id;
    private final String description;

    SecretRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
