package io.arrflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The package rules every arrflow module keeps, for the module rooted at one package.
 *
 * <p>The convention they hold: each package below the root is a feature, and a feature's own classes
 * are its domain, plain Java. What talks to the outside sits where the rules can tell it by package or by
 * declaration: the root package (the application class, its properties), any package named {@code
 * adapter}, {@code config} or {@code web}, and a feature's {@code @Configuration} with what it declares
 * inside. The domain reaches its adapters only through interfaces of its own.
 */
public final class ArchitectureRules {

    /** What a domain class must not know: frameworks, clients, engines. */
    public static final List<String> INFRASTRUCTURE = List.of(
            "org.springframework..",
            "redis.clients..",
            "com.rabbitmq..",
            "com.github.kokorin..",
            "java.net.http..",
            "com.github.dockerjava..",
            "jakarta.mail..",
            "org.eclipse.jgit..");

    /** The broker's clients: only platform messaging and configuration use them. */
    public static final List<String> BROKER_CLIENTS = List.of("org.springframework.amqp..", "com.rabbitmq..");

    /** Packages of adapters and wiring, at any depth below the root. */
    public static final List<String> ADAPTER_PACKAGES = List.of("..adapter..", "..config..", "..web..");

    static final String MESSAGING = "io.arrflow.platform.messaging..";
    static final List<String> SHARED = List.of("io.arrflow.model..", "io.arrflow.platform..", "io.arrflow.transcode..");
    private static final String ARRFLOW = "io.arrflow..";
    private static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";

    private final String root;
    private final List<String> shared;
    private final List<String> adapterPackages;
    private final List<String> brokerPackages;
    private final List<String> unchecked;

    private ArchitectureRules(
            String root, List<String> shared, List<String> adapters, List<String> broker, List<String> unchecked) {
        this.root = root;
        this.shared = List.copyOf(shared);
        this.adapterPackages = List.copyOf(adapters);
        this.brokerPackages = List.copyOf(broker);
        this.unchecked = List.copyOf(unchecked);
    }

    /** The rules for the module whose classes live under {@code rootPackage}, e.g. {@code io.arrflow.prober}. */
    public static ArchitectureRules forRoot(String rootPackage) {
        return new ArchitectureRules(rootPackage, SHARED, ADAPTER_PACKAGES, List.of(MESSAGING), List.of());
    }

    /** Another shared module this one may use, e.g. {@code io.arrflow.transcode..}. */
    public ArchitectureRules sharing(String modulePackage) {
        return new ArchitectureRules(root, plus(shared, modulePackage), adapterPackages, brokerPackages, unchecked);
    }

    /** Narrows the domain rules: a package of adapters whose name does not say so. Say why where it is used. */
    public ArchitectureRules adaptersAlsoIn(String packagePattern) {
        return new ArchitectureRules(root, shared, plus(adapterPackages, packagePattern), brokerPackages, unchecked);
    }

    /**
     * Narrows the domain rules: a package that is neither domain nor adapter yet (it mixes both and is being
     * reshaped elsewhere). Say why where it is used.
     */
    public ArchitectureRules excludingFromDomain(String packagePattern) {
        return new ArchitectureRules(root, shared, adapterPackages, brokerPackages, plus(unchecked, packagePattern));
    }

    /** Narrows the broker rule: a package that builds broker messages itself. Say why where it is used. */
    public ArchitectureRules brokerClientAlsoIn(String packagePattern) {
        return new ArchitectureRules(root, shared, adapterPackages, plus(brokerPackages, packagePattern), unchecked);
    }

    /** The module's root package. */
    public String root() {
        return root;
    }

    /** The module's production classes. */
    public JavaClasses classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    /** (a) Decisions are plain Java: no Spring, Redis, RabbitMQ, ffmpeg, HTTP client, Docker, mail or git. */
    public ArchRule domainKnowsNoInfrastructure() {
        return noClasses()
                .that(domain())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE.toArray(String[]::new))
                .because("decisions are unit-tested without frameworks; adapters sit behind small interfaces")
                .allowEmptyShould(true);
    }

    /** (a) The domain calls its adapters only through its own interfaces, which the adapters implement. */
    public ArchRule domainDoesNotReachIntoAdapters() {
        DescribedPredicate<JavaClass> adapters = resideInAPackage(root + "..")
                .and(resideInAnyPackage(adapterPackages.toArray(String[]::new)))
                .as("are adapters of " + root);
        return noClasses()
                .that(domain())
                .should()
                .dependOnClassesThat(adapters)
                .because("adapters depend on the domain, never the other way round")
                .allowEmptyShould(true);
    }

    /** (b) Features depend on each other one way only. */
    public ArchRule featuresAreFreeOfCycles() {
        return slices().matching(root + ".(*)..")
                .namingSlices("feature $1")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** (c) Only platform messaging and configuration reach the broker's client. */
    public ArchRule onlyMessagingTouchesTheBroker() {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackages(brokerPackages.toArray(String[]::new))
                .and(describe("are not configuration", (JavaClass c) -> !isWiring(c)))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(BROKER_CLIENTS.toArray(String[]::new))
                .because("publishing and consuming go through io.arrflow.platform.messaging")
                .allowEmptyShould(true);
    }

    /** (d) A module uses its own packages and the shared ones, never another service's. */
    public ArchRule servicesStayApart() {
        String[] allowed =
                Stream.concat(Stream.of(root + ".."), shared.stream()).toArray(String[]::new);
        DescribedPredicate<JavaClass> otherModule = resideInAPackage(ARRFLOW)
                .and(DescribedPredicate.not(resideInAnyPackage(allowed)))
                .as("belong to an arrflow module other than " + String.join(", ", allowed));
        return noClasses().that().resideInAPackage(root + "..").should().dependOnClassesThat(otherModule);
    }

    /** Every rule above, for a module's one architecture test. */
    public ArchRule all() {
        return CompositeArchRule.of(domainKnowsNoInfrastructure())
                .and(domainDoesNotReachIntoAdapters())
                .and(featuresAreFreeOfCycles())
                .and(onlyMessagingTouchesTheBroker())
                .and(servicesStayApart());
    }

    private DescribedPredicate<JavaClass> domain() {
        String[] outside =
                Stream.concat(adapterPackages.stream(), unchecked.stream()).toArray(String[]::new);
        return describe(
                "are domain classes of " + root + " (in a feature package, not in " + String.join(", ", outside)
                        + ", not configuration)",
                c -> c.getPackageName().startsWith(root + ".")
                        && !resideInAnyPackage(outside).test(c)
                        && !isWiring(c));
    }

    /** A {@code @Configuration} (or a stereotype built on it) and everything declared inside one. */
    private static boolean isWiring(JavaClass javaClass) {
        return javaClass.isMetaAnnotatedWith(CONFIGURATION)
                || javaClass
                        .getEnclosingClass()
                        .map(ArchitectureRules::isWiring)
                        .orElse(false);
    }

    private static List<String> plus(List<String> list, String element) {
        return Stream.concat(list.stream(), Stream.of(element)).toList();
    }
}
