package io.arrflow.prober;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.arrflow.prober");

    @Test
    void the_state_machine_knows_no_framework_and_does_no_io() {
        noClasses()
                .that()
                .resideInAPackage("io.arrflow.prober.state")
                .and()
                .haveSimpleNameNotStartingWith("Redis")
                .and()
                .haveSimpleNameNotEndingWith("Announcer")
                .and()
                .haveSimpleNameNotEndingWith("Announcer$1")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "redis..",
                        "com.github.dockerjava..",
                        "java.net..",
                        "java.nio..",
                        "io.arrflow.platform..",
                        "org.slf4j..")
                .check(CLASSES);
    }

    @Test
    void probes_do_not_reach_into_the_web_layer() {
        noClasses()
                .that()
                .resideInAPackage("io.arrflow.prober.probe")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.arrflow.prober.stats", "io.arrflow.prober.web", "org.springframework.web..")
                .check(CLASSES);
    }
}
