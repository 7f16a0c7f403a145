package io.arrflow.allinone;

import io.arrflow.alerts.AlertBridgeApplication;
import io.arrflow.prober.ProberApplication;
import io.arrflow.rotator.SecretsRotatorApplication;
import io.arrflow.watcher.WatcherApplication;
import io.arrflow.worker.WorkerApplication;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One of the five services as the all-in-one process runs it: its application class, the name of its settings
 * file ({@code <name>.yml}, which its standalone {@code application.yml} imports) and its port.
 */
record Service(String name, Class<?> application, int defaultPort) {

    static final List<Service> ALL = List.of(
            new Service("library-watcher", WatcherApplication.class, 8081),
            new Service("transcode-worker", WorkerApplication.class, 8082),
            new Service("health-prober", ProberApplication.class, 8003),
            new Service("alert-bridge", AlertBridgeApplication.class, 8085),
            new Service("secrets-rotator", SecretsRotatorApplication.class, 8083));

    /** The variable that moves this service's port: SERVER_PORT would move all five at once. */
    String portVariable() {
        return "ARRFLOW_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }

    /** The port from {@link #portVariable()}, else the service's usual one. */
    int port(Map<String, String> environment) {
        String value = environment.get(portVariable());
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the variable's name
        }
        throw new IllegalArgumentException(
                portVariable() + " must be a port number from 1 to 65535, not \"" + value + "\"");
    }

    /**
     * What this service's context is told above everything else: its settings file and its port. Command-line
     * arguments outrank the environment, so a SERVER_PORT or SPRING_CONFIG_NAME meant for one service cannot
     * reach all five.
     */
    String[] arguments(Map<String, String> environment, String... userArguments) {
        String[] arguments = new String[userArguments.length + 2];
        arguments[0] = "--spring.config.name=" + name;
        arguments[1] = "--server.port=" + port(environment);
        System.arraycopy(userArguments, 0, arguments, 2, userArguments.length);
        return arguments;
    }
}
