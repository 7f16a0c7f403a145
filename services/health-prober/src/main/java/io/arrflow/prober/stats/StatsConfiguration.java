package io.arrflow.prober.stats;

import io.arrflow.prober.ProberProperties;
import io.arrflow.prober.queues.adapter.RabbitManagement;
import io.arrflow.prober.state.TargetBoard;
import io.arrflow.prober.stats.adapter.StatsBoard;
import io.arrflow.transcode.jobs.JobRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    StatsBoard statsBoard(
            TargetBoard targets,
            RabbitManagement management,
            JobRegistry jobs,
            Clock clock,
            ProberProperties properties) {
        return new StatsBoard(
                new StatsCollector(targets, management, jobs, clock),
                properties.statsRefresh().toMillis());
    }
}
