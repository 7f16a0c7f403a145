package io.arrflow.rotator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    /** The core: rotation steps, key generation, audit rules. Adapters sit beside it in each feature. */
    private static final String CORE = "io\\.arrflow\\.rotator\\.("
            + "rotation\\.(Rotation|RotationOutcome|RotationStep|RotationJournal|RotationEvents|ApiKey|ConfigXml"
            + "|Health|ArrInstance|Backup|Recovery|InterruptedRotation)"
            + "|audit\\.(LineScanner|TextScanner|FileKind|Entropy|Placeholders|Finding|SecretRule|PurgeCommands"
            + "|AuditReport)"
            + "|init\\.(StackSecrets?|SecretKind|SecretGenerator|EnvFile)"
            + "|cli\\.Command)(\\$.*)?";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.arrflow.rotator");

    @Test
    void the_rotation_steps_key_generation_and_audit_rules_know_no_framework_and_do_no_io() {
        noClasses()
                .that()
                .haveNameMatching(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "com.github.dockerjava..", "org.eclipse.jgit..", "java.net.http..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.nio.file.Files")
                .check(CLASSES);
    }
}
