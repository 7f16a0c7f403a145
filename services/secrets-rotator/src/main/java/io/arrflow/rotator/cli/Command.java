package io.arrflow.rotator.cli;

import java.nio.file.Path;

/** What the command line asks for. */
public sealed interface Command {

    record Serve() implements Command {}

    record Audit(Path path) implements Command {}

    record Init(Path dir) implements Command {}

    record Rotate(String app) implements Command {}

    record Usage() implements Command {}
}
