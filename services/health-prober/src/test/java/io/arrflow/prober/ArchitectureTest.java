package io.arrflow.prober;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import io.arrflow.architecture.ArchitectureContract;
import io.arrflow.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The state machine and the probes' rules are plain Java; the probes themselves are adapters. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.prober"));
    }

    @Test
    void the_state_machine_does_no_io() {
        noClasses()
                .that()
                .resideInAPackage("io.arrflow.prober.state")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net..", "java.nio..")
                .check(classes());
    }

    @Test
    void probes_do_not_reach_into_the_web_layer() {
        noClasses()
                .that()
                .resideInAPackage("io.arrflow.prober.probe..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.arrflow.prober.stats..", "io.arrflow.prober.web..", "org.springframework.web..")
                .check(classes());
    }
}
