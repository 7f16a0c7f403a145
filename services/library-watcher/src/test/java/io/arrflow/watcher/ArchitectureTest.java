package io.arrflow.watcher;

import io.arrflow.architecture.ArchitectureContract;
import io.arrflow.architecture.ArchitectureRules;

/** Policy, path rules, webhook reactions and rescans are plain Java; HTTP, Redis and ffprobe sit in adapters. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.watcher"));
    }
}
