package io.arrflow.platform.messaging;

import io.arrflow.model.ArrMessage;
import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.HealthMessage;
import io.arrflow.model.PlatformMessage;
import io.arrflow.model.SecretMessage;
import io.arrflow.model.TranscodeMessage;
import io.arrflow.model.WireNames;

/** Routing keys on {@link Topology#EVENTS}: {@code <family>.<WireName>}, e.g. {@code transcode.TranscodeCompleted}. */
public final class RoutingKeys {

    private RoutingKeys() {}

    public static String of(ArrflowMessage message) {
        return family(message) + "." + WireNames.of(message.getClass());
    }

    static String family(ArrflowMessage message) {
        return switch (message) {
            case TranscodeMessage ignored -> "transcode";
            case ArrMessage ignored -> "arr";
            case HealthMessage ignored -> "health";
            case SecretMessage ignored -> "secret";
            case PlatformMessage ignored -> "platform";
        };
    }
}
