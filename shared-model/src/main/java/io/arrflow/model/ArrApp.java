package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The arr applications arrflow talks to. Wire form is lower case: {@code sonarr}. */
public enum ArrApp {
    SONARR,
    RADARR,
    LIDARR,
    PROWLARR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ArrApp fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
