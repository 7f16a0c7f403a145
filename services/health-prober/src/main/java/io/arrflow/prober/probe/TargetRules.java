package io.arrflow.prober.probe;

import io.arrflow.prober.ProberProperties;
import io.arrflow.prober.ProberProperties.Maintenance;
import io.arrflow.prober.ProberProperties.Target;
import io.arrflow.prober.state.MaintenanceWindow;
import io.arrflow.prober.state.Rules;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** A configured target's rules: its thresholds (or the defaults), dependencies and maintenance windows. */
final class TargetRules {

    private TargetRules() {}

    static Rules of(Target target, ProberProperties defaults) {
        int failures = target.failureThreshold() == null ? defaults.failureThreshold() : target.failureThreshold();
        int successes = target.successThreshold() == null ? defaults.successThreshold() : target.successThreshold();
        List<MaintenanceWindow> windows =
                target.maintenance().stream().map(TargetRules::window).toList();
        return new Rules(failures, successes, target.dependsOn(), windows);
    }

    static String kind(Target target) {
        return target.kind().name().toLowerCase(Locale.ROOT);
    }

    static MaintenanceWindow window(Maintenance maintenance) {
        if (maintenance.from() != null && maintenance.until() != null) {
            return new MaintenanceWindow.OneOff(maintenance.from(), maintenance.until());
        }
        if (maintenance.days() == null || maintenance.start() == null || maintenance.duration() == null) {
            throw new IllegalArgumentException(
                    "a maintenance window needs from and until, or days, start and duration");
        }
        return new MaintenanceWindow.Weekly(
                EnumSet.copyOf(maintenance.days()),
                maintenance.start(),
                maintenance.duration(),
                ZoneId.of(maintenance.zone()));
    }
}
