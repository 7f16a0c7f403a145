package io.arrflow.watcher.jobs;

import io.arrflow.platform.jobs.JobRegistry;
import io.arrflow.platform.jobs.ProducedFiles;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.watcher.WatcherProperties;
import io.arrflow.watcher.library.FileSink;
import io.arrflow.watcher.library.LibraryGuard;
import io.arrflow.watcher.library.PathMapper;
import io.arrflow.watcher.policy.TranscodePolicy;
import io.arrflow.watcher.probe.MediaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    Dedupe dedupe(StringRedisTemplate redis, WatcherProperties properties) {
        return new Dedupe(redis, properties.dedupe().remember());
    }

    @Bean
    JobDispatcher jobDispatcher(
            JobRegistry registry,
            MessagePublisher publisher,
            WatcherProperties properties,
            @Value("${spring.application.name}") String source) {
        return new JobDispatcher(
                registry, publisher, source, properties.policy().targetContainer());
    }

    @Bean
    Planner planner(
            Dedupe dedupe,
            ProducedFiles produced,
            JobRegistry registry,
            MediaProbe probe,
            TranscodePolicy policy,
            JobDispatcher dispatcher,
            MessagePublisher publisher,
            MeterRegistry meters) {
        return new MeteredPlanner(
                new JobPlanner(dedupe, produced, registry, probe, policy, dispatcher, publisher), meters);
    }

    @Bean
    JobRequests jobRequests(PathMapper mapper, LibraryGuard guard) {
        return new JobRequests(mapper, guard);
    }

    @Bean
    DetectionHandler detectionHandler(Planner planner, JobRequests requests, LibraryGuard guard) {
        return new DetectionHandler(planner, requests, guard);
    }

    @Bean
    PendingJobs pendingJobs(JobRegistry registry, LibraryGuard guard, MessagePublisher publisher) {
        return new PendingJobs(registry, guard, publisher);
    }

    @Bean
    FileSink fileReporter(Dedupe dedupe, ProducedFiles produced, JobRegistry registry, MessagePublisher publisher) {
        return new FileReporter(dedupe, produced, registry, publisher);
    }
}
