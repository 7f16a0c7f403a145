package io.arrflow.worker.encode;

/** How one rung's encode went. */
public sealed interface Attempt {

    record Encoded(double seconds, double meanFps) implements Attempt {}

    record Failed(String reason) implements Attempt {}
}
