package io.arrflow.prober.metrics;

import io.arrflow.prober.metrics.adapter.ProberMetrics;
import io.arrflow.prober.state.TargetBoard;
import io.arrflow.prober.stats.adapter.StatsBoard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    ProberMetrics proberMetrics(TargetBoard targets, StatsBoard stats) {
        return new ProberMetrics(targets, stats);
    }
}
