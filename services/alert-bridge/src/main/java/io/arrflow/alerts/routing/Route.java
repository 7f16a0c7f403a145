package io.arrflow.alerts.routing;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where alerts that match go, and how they are grouped.
 *
 * @param sources the sources it takes; empty = all
 * @param minSeverity the least severity it takes
 * @param labels label → regular expression (whole value); every one must match
 * @param channels the channel names it notifies
 * @param groupBy labels whose values make a group; alerts with the same values share one message
 * @param continueMatching also try the routes after this one when it matched
 */
public record Route(
        String name,
        Set<String> sources,
        Severity minSeverity,
        Map<String, Pattern> labels,
        List<String> channels,
        List<String> groupBy,
        boolean continueMatching) {

    public Route {
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        minSeverity = minSeverity == null ? Severity.INFO : minSeverity;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        channels = channels == null ? List.of() : List.copyOf(channels);
        groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
    }

    public boolean matches(Alert alert) {
        return (sources.isEmpty() || sources.contains(alert.source()))
                && alert.severity().atLeast(minSeverity)
                && labels.entrySet().stream().allMatch(e -> labelMatches(alert.label(e.getKey()), e.getValue()));
    }

    /** The group an alert falls into on this route, e.g. {@code critical{source=health}}. */
    public String groupKey(Alert alert) {
        StringBuilder key = new StringBuilder(name).append('{');
        for (int i = 0; i < groupBy.size(); i++) {
            String label = groupBy.get(i);
            String value = alert.label(label);
            key.append(i == 0 ? "" : ",").append(label).append('=').append(value == null ? "" : value);
        }
        return key.append('}').toString();
    }

    private static boolean labelMatches(String value, Pattern pattern) {
        return value != null && pattern.matcher(value).matches();
    }
}
