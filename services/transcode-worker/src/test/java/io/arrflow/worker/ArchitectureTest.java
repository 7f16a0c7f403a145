package io.arrflow.worker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The decisions (ladder, stream handling, command lines, verification rules, swap) know no framework. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.arrflow.worker");

    @Test
    void the_core_packages_do_not_depend_on_spring_rabbitmq_or_redis() {
        noClasses()
                .that()
                .resideInAnyPackage("..worker.encode..", "..worker.verify..", "..worker.swap..", "..worker.media..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.rabbitmq..", "redis.clients..")
                .check(classes);
    }

    @Test
    void only_the_media_adapters_know_jaffree() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..worker.media..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.kokorin..")
                .check(classes);
    }
}
