package io.arrflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule catches the violation planted for it in {@code io.arrflow.planted}, lets the clean module
 * pass, and is the only rule the planted module breaks.
 */
class ArchitectureRulesTest {

    private static final List<Function<ArchitectureRules, ArchRule>> EVERY_RULE = List.of(
            ArchitectureRules::domainKnowsNoInfrastructure,
            ArchitectureRules::domainDoesNotReachIntoAdapters,
            ArchitectureRules::featuresAreFreeOfCycles,
            ArchitectureRules::onlyMessagingTouchesTheBroker,
            ArchitectureRules::servicesStayApart);

    @Test
    void a_module_with_plain_domain_ports_adapters_and_wiring_keeps_every_rule() {
        assertThatCode(() -> check(module("clean"), ArchitectureRules::all)).doesNotThrowAnyException();
    }

    @Test
    void a_domain_class_that_uses_spring_breaks_the_domain_rule() {
        assertThatThrownBy(() -> check(module("framework"), ArchitectureRules::domainKnowsNoInfrastructure))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.arrflow.planted.framework.orders.Order")
                .hasMessageContaining("org.springframework.util.StringUtils");
    }

    @Test
    void a_domain_class_that_builds_its_adapter_breaks_the_adapter_rule() {
        assertThatThrownBy(() -> check(module("reach"), ArchitectureRules::domainDoesNotReachIntoAdapters))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.arrflow.planted.reach.orders.Orders")
                .hasMessageContaining("MemoryOrderBook");
    }

    @Test
    void two_features_that_know_each_other_break_the_cycle_rule() {
        assertThatThrownBy(() -> check(module("cycle"), ArchitectureRules::featuresAreFreeOfCycles))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: feature billing")
                .hasMessageContaining("feature orders");
    }

    @Test
    void an_adapter_that_publishes_with_rabbit_template_breaks_the_broker_rule() {
        assertThatThrownBy(() -> check(module("broker"), ArchitectureRules::onlyMessagingTouchesTheBroker))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.arrflow.planted.broker.orders.adapter.RabbitOrders")
                .hasMessageContaining("RabbitTemplate");
    }

    @Test
    void a_service_that_uses_another_services_class_breaks_the_separation_rule() {
        assertThatThrownBy(() -> check(module("intruder"), ArchitectureRules::servicesStayApart))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.arrflow.planted.intruder.audit.Snoop")
                .hasMessageContaining("io.arrflow.planted.clean.orders.Order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"framework", "reach", "cycle", "broker", "intruder"})
    void each_planted_module_breaks_exactly_one_rule(String name) {
        ArchitectureRules rules = module(name);
        long broken = EVERY_RULE.stream()
                .filter(rule -> {
                    try {
                        check(rules, rule);
                        return false;
                    } catch (AssertionError e) {
                        return true;
                    }
                })
                .count();

        assertThat(broken).isEqualTo(1);
    }

    @Test
    void a_narrowing_by_package_lifts_exactly_what_it_names() {
        assertThatCode(() -> {
                    check(
                            module("framework").excludingFromDomain("io.arrflow.planted.framework.orders.."),
                            ArchitectureRules::domainKnowsNoInfrastructure);
                    check(
                            module("framework").adaptersAlsoIn("io.arrflow.planted.framework.orders.."),
                            ArchitectureRules::domainKnowsNoInfrastructure);
                    check(
                            module("broker").brokerClientAlsoIn("io.arrflow.planted.broker.orders.adapter.."),
                            ArchitectureRules::onlyMessagingTouchesTheBroker);
                    check(
                            module("intruder").sharing("io.arrflow.planted.clean.."),
                            ArchitectureRules::servicesStayApart);
                })
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(
                        module("framework").excludingFromDomain("io.arrflow.planted.framework.billing.."),
                        ArchitectureRules::domainKnowsNoInfrastructure))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void the_production_import_leaves_test_classes_out() {
        assertThat(module("clean").classes()).isEmpty();
    }

    private static ArchitectureRules module(String name) {
        return ArchitectureRules.forRoot("io.arrflow.planted." + name);
    }

    /** The planted modules are test classes, which {@link ArchitectureRules#classes()} leaves out on purpose. */
    private static void check(ArchitectureRules rules, Function<ArchitectureRules, ArchRule> rule) {
        JavaClasses planted = new ClassFileImporter().importPackages(rules.root());
        rule.apply(rules).check(planted);
    }
}
