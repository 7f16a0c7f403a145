package io.arrflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One module's architecture test: a module extends it with its {@link ArchitectureRules} and every rule
 * runs against the module's production classes, imported once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArchitectureContract {

    private final ArchitectureRules rules;
    private final JavaClasses classes;

    protected ArchitectureContract(ArchitectureRules rules) {
        this.rules = rules;
        this.classes = rules.classes();
    }

    /** The module's production classes, for rules of its own. */
    protected JavaClasses classes() {
        return classes;
    }

    @Test
    public void the_module_has_classes_to_check() {
        assertThat(classes).as("production classes under " + rules.root()).isNotEmpty();
    }

    @Test
    public void the_domain_knows_no_framework_client_or_engine() {
        rules.domainKnowsNoInfrastructure().check(classes);
    }

    @Test
    public void the_domain_reaches_its_adapters_only_through_its_own_interfaces() {
        rules.domainDoesNotReachIntoAdapters().check(classes);
    }

    @Test
    public void features_depend_on_each_other_one_way_only() {
        rules.featuresAreFreeOfCycles().check(classes);
    }

    @Test
    public void only_platform_messaging_and_configuration_touch_the_broker_client() {
        rules.onlyMessagingTouchesTheBroker().check(classes);
    }

    @Test
    public void a_service_never_uses_another_services_packages() {
        rules.servicesStayApart().check(classes);
    }
}
