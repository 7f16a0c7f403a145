package io.arrflow.rotator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import io.arrflow.architecture.ArchitectureContract;
import io.arrflow.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** Rotation steps, key generation and audit rules are plain Java; Docker, Redis, HTTP and git sit in adapters. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.rotator"));
    }

    @Test
    void the_rotation_steps_read_and_write_no_files_themselves() {
        noClasses()
                .that()
                .resideInAPackage("io.arrflow.rotator.rotation")
                .and()
                .areNotMetaAnnotatedWith("org.springframework.context.annotation.Configuration")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.nio.file.Files")
                .check(classes());
    }
}
