package io.arrflow.alerts.routing;

import io.arrflow.alerts.AlertsProperties;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.alerts.channel.Channels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the routes from the configuration; a route naming an unknown channel stops start-up. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    static final String EVERYTHING = "notify-urls";

    @Bean
    Router router(AlertsProperties properties, Channels channels) {
        List<Route> routes = properties.routes().stream()
                .map(spec -> route(spec, properties.groupBy(), channels))
                .toList();
        List<String> notify = channels.notifyNames();
        Optional<Route> everything = notify.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new Route(EVERYTHING, Set.of(), Severity.INFO, Map.of(), notify, properties.groupBy(), true));
        return new Router(routes, everything);
    }

    static Route route(AlertsProperties.RouteSpec spec, List<String> defaultGroupBy, Channels channels) {
        if (spec.name() == null || spec.name().isBlank()) {
            throw new IllegalArgumentException("every route in arrflow.alerts.routes needs a name");
        }
        List<String> names = spec.channels() == null ? List.of() : spec.channels();
        names.stream().filter(n -> !channels.knows(n)).findFirst().ifPresent(n -> {
            throw new IllegalArgumentException(
                    "route " + spec.name() + " names channel " + n + ", which is not in arrflow.alerts.channels");
        });
        Map<String, Pattern> labels = new LinkedHashMap<>();
        if (spec.labels() != null) {
            spec.labels().forEach((k, v) -> labels.put(k, Pattern.compile(v)));
        }
        List<String> groupBy = spec.groupBy() == null || spec.groupBy().isEmpty() ? defaultGroupBy : spec.groupBy();
        Set<String> sources = spec.sources() == null ? Set.of() : Set.copyOf(spec.sources());
        return new Route(
                spec.name(), sources, Severity.parse(spec.severity()), labels, names, groupBy, spec.continueMatching());
    }
}
