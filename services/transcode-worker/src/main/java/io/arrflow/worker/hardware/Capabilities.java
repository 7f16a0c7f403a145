package io.arrflow.worker.hardware;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What this node can encode with, and why a family is missing. Software is always there.
 *
 * @param usable families that passed detection (or were assumed) and are enabled
 * @param missing why each other family is not usable
 * @param renderNode the device hardware families use
 */
public record Capabilities(Set<EncoderFamily> usable, Map<EncoderFamily, String> missing, Path renderNode) {

    public Capabilities {
        usable = usable.isEmpty() ? EnumSet.noneOf(EncoderFamily.class) : EnumSet.copyOf(usable);
        missing = missing.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(missing));
    }

    public static Capabilities softwareOnly(Map<EncoderFamily, String> missing, Path renderNode) {
        return new Capabilities(EnumSet.of(EncoderFamily.SOFTWARE), missing, renderNode);
    }

    public boolean has(EncoderFamily family) {
        return usable.contains(family);
    }

    /** Job families this node takes: {@code any} plus each usable family. */
    public List<String> jobFamilies() {
        List<String> families = new ArrayList<>();
        for (EncoderFamily family : EncoderFamily.values()) {
            if (usable.contains(family)) {
                families.add(family.wireName());
            }
        }
        families.add("any");
        return families;
    }

    /** One line for the start-up log. */
    public String describe() {
        StringBuilder line = new StringBuilder("encoders usable: ").append(usable);
        missing.forEach((family, why) ->
                line.append("; ").append(family).append(" unavailable: ").append(why));
        return line.toString();
    }
}
