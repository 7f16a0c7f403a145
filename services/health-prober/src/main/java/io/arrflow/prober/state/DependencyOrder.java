package io.arrflow.prober.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders targets so that every target comes after the targets it depends on. */
final class DependencyOrder {

    private DependencyOrder() {}

    /** @throws IllegalArgumentException for an unknown dependency or a cycle */
    static List<String> of(Map<String, List<String>> dependsOn) {
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String name : new LinkedHashMap<>(dependsOn).keySet()) {
            visit(name, dependsOn, done, new HashSet<>(), order);
        }
        return order;
    }

    private static void visit(
            String name, Map<String, List<String>> dependsOn, Set<String> done, Set<String> path, List<String> order) {
        if (done.contains(name)) {
            return;
        }
        if (!path.add(name)) {
            throw new IllegalArgumentException("targets depend on each other in a cycle through " + name);
        }
        for (String dependency : dependsOn.get(name)) {
            if (!dependsOn.containsKey(dependency)) {
                throw new IllegalArgumentException(name + " depends on " + dependency + ", which is not a target");
            }
            visit(dependency, dependsOn, done, path, order);
        }
        done.add(name);
        order.add(name);
    }
}
