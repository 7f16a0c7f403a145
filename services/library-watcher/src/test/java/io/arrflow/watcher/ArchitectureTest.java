package io.arrflow.watcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The decisions (policy, reactions, path rules) stay plain Java: no Spring, no messaging, no Redis. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.arrflow.watcher");

    @Test
    void the_transcode_policy_knows_no_framework() {
        noClasses()
                .that()
                .resideInAPackage("..watcher.policy..")
                .and()
                .haveSimpleNameNotEndingWith("Configuration")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.rabbitmq..", "redis..", "com.github.kokorin..")
                .check(classes);
    }

    @Test
    void the_path_rules_and_webhook_reactions_know_no_framework() {
        noClasses()
                .that()
                .haveSimpleName("PathMapper")
                .or()
                .haveSimpleName("LibraryGuard")
                .or()
                .haveSimpleName("StabilityTracker")
                .or()
                .haveSimpleName("WebhookReactions")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.rabbitmq..", "redis..")
                .check(classes);
    }
}
