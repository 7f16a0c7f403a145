package io.arrflow.transcode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.arrflow.transcode.jobs.planted.ProbesInTheDomain;
import org.junit.jupiter.api.Test;

/** The transcode core is plain Java; only its ffprobe adapter knows Jaffree and runs processes. */
class ArchitectureTest {

    private static final ArchRule DOMAIN_WITHOUT_IO = noClasses()
            .that()
            .resideInAnyPackage("..transcode.jobs..", "..transcode.paths..", "io.arrflow.transcode.probe")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.github.kokorin..", "..transcode.process..", "..transcode.probe.ffprobe..");

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
        DOMAIN_WITHOUT_IO.check(core);
    }

    @Test
    void a_domain_class_that_knows_jaffree_breaks_the_rule() {
        JavaClasses planted = new ClassFileImporter().importClasses(ProbesInTheDomain.class);

        assertThatThrownBy(() -> DOMAIN_WITHOUT_IO.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ProbesInTheDomain.class.getName());
    }
}
