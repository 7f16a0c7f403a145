package io.arrflow.alerts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The decisions (grouping, routing, rate limits, formats, mappings) know no Spring, Redis, RabbitMQ or HTTP client. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.arrflow.alerts");

    private static final String[] INFRASTRUCTURE = {
        "org.springframework..", "redis.clients..", "com.rabbitmq..", "java.net.http..", "jakarta.mail.."
    };

    @Test
    void the_core_packages_are_free_of_frameworks_and_io() {
        noClasses()
                .that()
                .resideInAnyPackage("..alerts.alert..", "..alerts.channel..")
                .or()
                .haveSimpleNameStartingWith("Route")
                .and()
                .haveSimpleNameNotEndingWith("Configuration")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE)
                .check(CLASSES);
    }

    @Test
    void the_decisions_in_the_feature_packages_are_free_of_frameworks_and_io() {
        noClasses()
                .that()
                .haveSimpleNameStartingWith("Group")
                .and()
                .haveSimpleNameNotEndingWith("Store")
                .or()
                .haveNameMatching(".*\\.(Flush|Transitions|Timing|QuietHours|Notification|Tracked|LostState|RateLimiter"
                        + "|Deliverer|Responses|RetryPolicy|DeliveryResult|EventAlerts|HealthAlerts|ArrAlerts"
                        + "|AlertmanagerAlerts|AlertmanagerPayload|Silence|Matcher|SilenceRequest)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE)
                .check(CLASSES);
    }
}
