package io.arrflow.worker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import io.arrflow.architecture.ArchitectureContract;
import io.arrflow.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The ladder, stream handling, command lines, verification rules and the swap know no framework. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.worker")
                // A slot takes one job at a time with basic.get and acks it after the swap: the binder's
                // push consumers cannot hold a job back from a busy worker.
                .brokerClientAlsoIn("io.arrflow.worker.job.."));
    }

    @Test
    void ffprobe_is_reached_only_through_the_transcode_core() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.kokorin..")
                .check(classes());
    }
}
