package io.arrflow.prober.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current status of every target, applied in dependency order so that a container's state is
 * known before the app inside it is judged. Readers (stats, metrics) see it without locking.
 */
public final class TargetBoard {

    private final Map<String, Rules> rules;
    private final Map<String, String> kinds;
    private final List<String> order;
    private final Map<String, TargetStatus> statuses = new ConcurrentHashMap<>();

    /** @param rules each target's rules, by name, in configuration order */
    public TargetBoard(Map<String, Rules> rules, Map<String, String> kinds) {
        this.rules = new LinkedHashMap<>(rules);
        this.kinds = Map.copyOf(kinds);
        Map<String, List<String>> dependsOn = new LinkedHashMap<>();
        rules.forEach((name, rule) -> dependsOn.put(name, rule.dependsOn()));
        this.order = DependencyOrder.of(dependsOn);
    }

    /** Restores the statuses known before a restart; targets without one start as never probed. */
    public void restore(Map<String, TargetStatus> known, Instant now) {
        for (String name : rules.keySet()) {
            statuses.put(name, known.getOrDefault(name, TargetStatus.unknown(name, kinds.get(name), now)));
        }
    }

    /** Applies one round of observations; returns the steps of the targets that were observed. */
    public List<Step> apply(Map<String, Observation> seen, Instant now) {
        List<Step> steps = new ArrayList<>();
        for (String name : order) {
            Observation observation = seen.get(name);
            if (observation != null) {
                Step step = new StateMachine(rules.get(name))
                        .next(status(name, now), observation, circumstances(name, now));
                statuses.put(name, step.status());
                steps.add(step);
            }
        }
        return steps;
    }

    public Collection<String> names() {
        return rules.keySet();
    }

    public TargetStatus status(String name, Instant now) {
        return statuses.computeIfAbsent(name, n -> TargetStatus.unknown(n, kinds.get(n), now));
    }

    /** Every target's status, in configuration order. */
    public List<TargetStatus> snapshot() {
        List<TargetStatus> all = new ArrayList<>();
        for (String name : rules.keySet()) {
            TargetStatus status = statuses.get(name);
            if (status != null) {
                all.add(status);
            }
        }
        return all;
    }

    private Circumstances circumstances(String name, Instant now) {
        Rules rule = rules.get(name);
        String blocker = rule.dependsOn().stream()
                .filter(dependency -> status(dependency, now).troubled())
                .findFirst()
                .orElse(null);
        return new Circumstances(now, rule.maintenanceUntil(now).orElse(null), blocker);
    }
}
