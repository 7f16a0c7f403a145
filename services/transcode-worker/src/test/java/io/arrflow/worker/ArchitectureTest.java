package io.arrflow.worker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import io.arrflow.platform.architecture.ArchitectureContract;
import io.arrflow.platform.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The ladder, stream handling, command lines, verification rules and the swap know no framework. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.worker")
                // Issue 13 gives the job lifecycle its ports in transcode-core and moves the ffprobe adapter
                // there; until then job mixes orchestration with RabbitMQ and media holds the Jaffree probe.
                .excludingFromDomain("io.arrflow.worker.job..")
                .excludingFromDomain("io.arrflow.worker.media..")
                // A slot takes one job at a time with basic.get and acks it after the swap: the binder's
                // push consumers cannot hold a job back from a busy worker.
                .brokerClientAlsoIn("io.arrflow.worker.job.."));
    }

    @Test
    void only_the_media_adapters_know_jaffree() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..worker.media..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.kokorin..")
                .check(classes());
    }
}
