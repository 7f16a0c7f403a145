package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Reads the stable wire type name that every message record declares with {@link JsonTypeName}. */
public final class WireNames {

    private WireNames() {}

    public static String of(Class<? extends ArrflowMessage> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalStateException(type.getName() + " has no @JsonTypeName");
        }
        return name.value();
    }
}
