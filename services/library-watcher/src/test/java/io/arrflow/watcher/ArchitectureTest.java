package io.arrflow.watcher;

import io.arrflow.platform.architecture.ArchitectureContract;
import io.arrflow.platform.architecture.ArchitectureRules;

/** Policy, path rules, webhook reactions and rescans are plain Java; HTTP, Redis and ffprobe sit in adapters. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.watcher")
                // Issue 13 reshapes both in transcode-core: the ffprobe adapter moves there, the job
                // lifecycle gets its ports there. Until then they mix decisions with Redis and Jaffree.
                .excludingFromDomain("io.arrflow.watcher.jobs..")
                .excludingFromDomain("io.arrflow.watcher.probe.."));
    }
}
