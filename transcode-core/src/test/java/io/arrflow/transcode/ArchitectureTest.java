package io.arrflow.transcode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The transcode core is plain Java; only its ffprobe adapter knows Jaffree and runs processes. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.arrflow.transcode");

    @Test
    void the_core_knows_no_framework_broker_or_redis_client() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.rabbitmq..", "redis.clients..")
                .check(core);
    }

    @Test
    void the_domain_packages_do_no_io_through_jaffree_or_processes() {
        noClasses()
                .that()
                .resideInAnyPackage("..transcode.jobs..", "..transcode.paths..", "io.arrflow.transcode.probe")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.github.kokorin..", "..transcode.process..", "..transcode.probe.ffprobe..")
                .check(core);
    }
}
