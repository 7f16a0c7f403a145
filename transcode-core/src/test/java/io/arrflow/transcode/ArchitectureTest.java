package io.arrflow.transcode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.arrflow.architecture.ArchitectureContract;
import io.arrflow.architecture.ArchitectureRules;
import io.arrflow.transcode.jobs.planted.ProbesInTheDomain;
import org.junit.jupiter.api.Test;

/** The transcode core is plain Java; only its ffprobe adapter knows Jaffree and runs processes. */
class ArchitectureTest extends ArchitectureContract {

    private static final ArchRule DOMAIN_WITHOUT_IO = noClasses()
            .that()
            .resideInAnyPackage("..transcode.jobs..", "..transcode.paths..", "io.arrflow.transcode.probe")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.github.kokorin..", "..transcode.process..", "..transcode.probe.ffprobe..");

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.transcode")
                // The ffprobe adapter and the process runner are the core's adapters; their packages say what
                // they adapt rather than "adapter".
                .adaptersAlsoIn("io.arrflow.transcode.probe.ffprobe..")
                .adaptersAlsoIn("io.arrflow.transcode.process.."));
    }

    @Test
    void the_domain_packages_do_no_io_through_jaffree_or_processes() {
        DOMAIN_WITHOUT_IO.check(classes());
    }

    @Test
    void a_domain_class_that_knows_jaffree_breaks_the_rule() {
        JavaClasses planted = new ClassFileImporter().importClasses(ProbesInTheDomain.class);

        assertThatThrownBy(() -> DOMAIN_WITHOUT_IO.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ProbesInTheDomain.class.getName());
    }
}
