package io.arrflow.watcher.jobs;

import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.ProducedFiles;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.transcode.probe.MediaProbe;
import io.arrflow.watcher.WatcherProperties;
import io.arrflow.watcher.jobs.adapter.RedisDedupe;
import io.arrflow.watcher.library.FileSink;
import io.arrflow.watcher.library.LibraryGuard;
import io.arrflow.watcher.policy.TranscodePolicy;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    Dedupe dedupe(StringRedisTemplate redis, WatcherProperties properties) {
        return new RedisDedupe(redis, properties.dedupe().remember());
    }

    @Bean
    PublishedJobs publishedJobs(MessagePublisher publisher, @Value("${spring.application.name}") String source) {
        return new PublishedJobs(publisher, source);
    }

    @Bean
    JobDispatcher jobDispatcher(JobRegistry registry, PublishedJobs queue, WatcherProperties properties) {
        return new JobDispatcher(registry, queue, properties.policy().targetContainer());
    }

    @Bean
    Planner planner(
            Dedupe dedupe,
            ProducedFiles produced,
            JobRegistry registry,
            MediaProbe probe,
            TranscodePolicy policy,
            JobDispatcher dispatcher,
            PublishedJobs events,
            MeterRegistry meters) {
        return new MeteredPlanner(
                new JobPlanner(dedupe, produced, registry, probe, policy, dispatcher, events), meters);
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
    PendingJobs pendingJobs(JobRegistry registry, LibraryGuard guard, PublishedJobs events) {
        return new PendingJobs(registry, guard, events);
    }

    @Bean
    FileSink fileReporter(Dedupe dedupe, ProducedFiles produced, JobRegistry registry, PublishedJobs events) {
        return new FileReporter(dedupe, produced, registry, events);
    }
}
