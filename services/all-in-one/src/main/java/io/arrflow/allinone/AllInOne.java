package io.arrflow.allinone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the five services' application contexts side by side in this JVM, each with its own settings file and
 * port, against the same RabbitMQ and Redis as the five processes would use. The first one starts alone until
 * logging is set up (the logging system is the JVM's, set up once); the other four then start in parallel.
 * When one fails, the ones already started are closed: a half-started arrflow would look healthy and do half
 * of its work.
 */
final class AllInOne {

    /** What every context gets beneath the user's settings. */
    static final Map<String, Object> SHARED_DEFAULTS = Map.of(
            // Log lines name their logger's package (io.arrflow.watcher, ...): one application name would be wrong
            // for four of the five.
            "logging.include-application-name", "false",
            // Each context keeps its own meters; the JVM-wide global registry would mix the five.
            "management.metrics.use-global-registry", "false");

    private final List<Service> services;
    private final Map<String, String> environment;

    AllInOne(List<Service> services, Map<String, String> environment) {
        this.services = List.copyOf(services);
        this.environment = Map.copyOf(environment);
    }

    /** The five contexts, running; a failure of one closes the others and is thrown as {@link ServiceFailed}. */
    List<ConfigurableApplicationContext> start(String... arguments) {
        services.forEach(service -> service.port(environment)); // a bad port variable stops us before any context
        List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
        CountDownLatch loggingReady = new CountDownLatch(1);
        for (Service service : services) {
            boolean first = starts.isEmpty();
            // A thread named after the service: its start-up log lines say whose they are.
            starts.add(CompletableFuture.supplyAsync(
                    () -> first
                            ? run(service, loggingReady, arguments)
                            : afterLogging(service, loggingReady, arguments),
                    task -> Thread.ofPlatform().name(service.name()).start(task)));
        }
        return collect(starts);
    }

    private ConfigurableApplicationContext afterLogging(
            Service service, CountDownLatch loggingReady, String[] arguments) {
        try {
            loggingReady.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceFailed(service, e);
        }
        return run(service, loggingReady, arguments);
    }

    private ConfigurableApplicationContext run(Service service, CountDownLatch loggingReady, String[] arguments) {
        try {
            return new SpringApplicationBuilder(service.application())
                    .properties(SHARED_DEFAULTS)
                    .listeners(event -> {
                        if (event instanceof ApplicationPreparedEvent) {
                            loggingReady.countDown();
                        }
                    })
                    .run(service.arguments(environment, arguments));
        } catch (RuntimeException e) {
            throw new ServiceFailed(service, e);
        } finally {
            loggingReady.countDown(); // a first service that failed early must not hold the others back
        }
    }

    private static List<ConfigurableApplicationContext> collect(
            List<CompletableFuture<ConfigurableApplicationContext>> starts) {
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        ServiceFailed failure = null;
        for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
            try {
                started.add(start.join());
            } catch (CompletionException e) {
                failure = failure == null ? ServiceFailed.from(e.getCause()) : failure;
            }
        }
        if (failure != null) {
            started.forEach(ConfigurableApplicationContext::close);
            throw failure;
        }
        return started;
    }

    /** A service whose context did not start. */
    static final class ServiceFailed extends RuntimeException {

        private final String service;

        ServiceFailed(Service service, Throwable cause) {
            super(service.name() + " did not start: " + cause.getMessage(), cause);
            this.service = service.name();
        }

        private ServiceFailed(Throwable cause) {
            super(cause.getMessage(), cause);
            this.service = "a service";
        }

        static ServiceFailed from(Throwable cause) {
            return cause instanceof ServiceFailed failed ? failed : new ServiceFailed(cause);
        }

        String service() {
            return service;
        }
    }
}
