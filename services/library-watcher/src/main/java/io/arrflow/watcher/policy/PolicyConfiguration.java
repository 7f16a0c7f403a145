package io.arrflow.watcher.policy;

import io.arrflow.transcode.probe.MediaProbe;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.watcher.WatcherProperties;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    TranscodePolicy transcodePolicy(WatcherProperties properties) {
        WatcherProperties.Policy policy = properties.policy();
        Profile profile = Profile.named(policy.defaultProfile())
                .orElseThrow(() -> new IllegalArgumentException("arrflow.policy.default-profile '"
                        + policy.defaultProfile() + "' is unknown: use one of " + Profile.known()));
        return new TranscodePolicy(
                new PolicyRules(
                        profile,
                        policy.minSize().toBytes(),
                        lower(policy.skipCodecs()),
                        policy.keepContainers(),
                        policy.targetContainer(),
                        policy.excludedPaths(),
                        lower(policy.excludedTags())),
                LibraryTargets.parse(policy.qualityTargets(), "ARRFLOW_POLICY_QUALITY_TARGETS"));
    }

    @Bean
    MediaProbe mediaProbe() {
        return new FfprobeMediaProbe(new ProcessCommands());
    }

    private static Set<String> lower(java.util.List<String> values) {
        return new HashSet<>(
                values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }
}
