package io.arrflow.rotator.rotation;

/** A rotation was asked for an app that is not configured under {@code arrflow.rotator.apps}. */
public class UnknownApp extends RuntimeException {

    public UnknownApp(String name, Iterable<String> known) {
        super("no arr app named '" + name + "' is configured (known: " + String.join(", ", known) + ")");
    }
}
