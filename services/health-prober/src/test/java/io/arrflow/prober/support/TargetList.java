package io.arrflow.prober.support;

import java.util.ArrayList;
import java.util.List;

/** Targets for a test prober, written as {@code arrflow.prober.targets[i].key=value} properties. */
public final class TargetList {

    private final List<String> properties = new ArrayList<>();
    private int count;

    /** A target with its name, kind and further {@code key, value} pairs. */
    public TargetList target(String name, String kind, String... keyValues) {
        String prefix = "arrflow.prober.targets[" + count++ + "].";
        properties.add(prefix + "name=" + name);
        properties.add(prefix + "kind=" + kind);
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.add(prefix + keyValues[i] + "=" + keyValues[i + 1]);
        }
        return this;
    }

    List<String> properties() {
        return properties;
    }
}
