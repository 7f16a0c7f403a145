package io.arrflow.alerts.routing;

import io.arrflow.alerts.alert.Alert;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the routes of an alert: the configured routes in order (the first match wins unless it says
 * {@code continue}), then the catch-all route of {@code ARRFLOW_NOTIFY_URLS}, which receives everything.
 */
public final class Router {

    private final List<Route> routes;
    private final Optional<Route> everything;

    public Router(List<Route> routes, Optional<Route> everything) {
        this.routes = List.copyOf(routes);
        this.everything = everything;
    }

    public List<Route> routesFor(Alert alert) {
        List<Route> matched = new ArrayList<>();
        for (Route route : routes) {
            if (route.matches(alert)) {
                matched.add(route);
                if (!route.continueMatching()) {
                    break;
                }
            }
        }
        everything.ifPresent(matched::add);
        return matched;
    }

    public Optional<Route> route(String name) {
        return routes.stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .or(() -> everything.filter(r -> r.name().equals(name)));
    }

    public List<Route> all() {
        List<Route> all = new ArrayList<>(routes);
        everything.ifPresent(all::add);
        return all;
    }
}
