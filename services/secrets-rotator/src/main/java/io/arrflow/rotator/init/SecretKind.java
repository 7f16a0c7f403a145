package io.arrflow.rotator.init;

/** How a secret's value is shaped. */
public enum SecretKind {
    /** An arr API key: 32 lower-case hex digits, the form Sonarr/Radarr/Lidarr/Prowlarr generate. */
    ARR_API_KEY,
    /** A password or token: 32 random bytes, URL-safe base64 without padding (43 characters). */
    TOKEN,
    /** A long secret for signing or encryption (Authelia): 64 random bytes, URL-safe base64. */
    LONG_SECRET
}
