package io.arrflow.worker.job;

import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.EnvelopeConsumer;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.ProducedFiles;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.transcode.probe.MediaProbe;
import io.arrflow.transcode.probe.StreamBytes;
import io.arrflow.transcode.process.Commands;
import io.arrflow.worker.WorkerProperties;
import io.arrflow.worker.encode.Encoder;
import io.arrflow.worker.encode.Profile;
import io.arrflow.worker.encode.Profiles;
import io.arrflow.worker.encode.Throttle;
import io.arrflow.worker.hardware.Capabilities;
import io.arrflow.worker.job.adapter.JobIntake;
import io.arrflow.worker.quality.CrfRange;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityTarget;
import io.arrflow.worker.quality.SampleWindows;
import io.arrflow.worker.swap.Journals;
import io.arrflow.worker.swap.OrphanProcesses;
import io.arrflow.worker.swap.Recovery;
import io.arrflow.worker.swap.SafeSwap;
import io.arrflow.worker.verify.DecodePass;
import io.arrflow.worker.verify.DecodingSourceCheck;
import io.arrflow.worker.verify.DurationTolerance;
import io.arrflow.worker.verify.OutputRules;
import io.arrflow.worker.verify.SourceCheck;
import io.arrflow.worker.verify.SourceStandard;
import io.arrflow.worker.verify.Verifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the job flow: queues by capability, the job pipeline, recovery and the encode slots. */
@Configuration(proxyBeanMethods = false)
class JobConfiguration {

    private static final Duration LONGEST_ENCODE = Duration.ofHours(24);

    @Bean
    Declarables workerQueues(Capabilities capabilities) {
        List<Declarable> parts = new ArrayList<>();
        capabilities
                .jobFamilies()
                .forEach(f -> parts.addAll(Topology.jobQueueFor(f).getDeclarables()));
        return new Declarables(parts);
    }

    @Bean
    Journals journals(WorkerProperties properties) {
        return new Journals(properties.stateDir());
    }

    @Bean
    SafeSwap safeSwap(WorkerProperties properties, Journals journals) {
        WorkerProperties.Swap swap = properties.swap();
        return new SafeSwap(journals, swap.keepOriginal(), swap.keptSuffix(), swap.pause());
    }

    @Bean
    Recovery recovery(Journals journals, SafeSwap swap) {
        return new Recovery(journals, swap, new OrphanProcesses());
    }

    @Bean
    Jobs jobs(JobParts parts, MeterRegistry meters) {
        return new MeteredJobs(parts.transcodeJob(), meters);
    }

    @Bean
    JobParts jobParts(
            WorkerProperties properties,
            JobRegistry registry,
            ProducedFiles produced,
            MessagePublisher publisher,
            MediaProbe probe,
            Commands commands,
            Capabilities capabilities,
            Journals journals,
            SafeSwap swap,
            Recovery recovery,
            StreamBytes streamBytes,
            QualityMetric metric) {
        return new JobParts(
                properties,
                registry,
                produced,
                publisher,
                probe,
                commands,
                capabilities,
                journals,
                swap,
                recovery,
                streamBytes,
                metric,
                workerName(properties));
    }

    @Bean
    JobIntake jobIntake(
            WorkerProperties properties,
            RabbitTemplate rabbit,
            EnvelopeCodec codec,
            DeadLetters deadLetters,
            Jobs jobs,
            Capabilities capabilities,
            Commands commands,
            JobParts parts) {
        JobMessages handler = new JobMessages(jobs, parts.outcomes());
        Map<String, ChannelAwareMessageListener> listeners = capabilities.jobFamilies().stream()
                .map(Topology::jobQueue)
                .collect(Collectors.toMap(
                        q -> q,
                        q -> new EnvelopeConsumer(q, codec, deadLetters, handler, Duration.ofMillis(500)),
                        (a, b) -> a,
                        LinkedHashMap::new));
        return new JobIntake(
                rabbit,
                listeners,
                properties.concurrency(),
                properties.pollInterval(),
                properties.gracePeriod(),
                commands,
                () -> parts.startupRecovery().run());
    }

    static String workerName(WorkerProperties properties) {
        if (!properties.name().isBlank()) {
            return properties.name();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "transcode-worker";
        }
    }

    static Encoder encoder(Commands commands, WorkerProperties properties) {
        return new Encoder(commands, properties.hardware().trialTimeout(), LONGEST_ENCODE, Clock.systemUTC());
    }

    static Verifier verifier(MediaProbe probe, Commands commands, WorkerProperties.Verify verify) {
        OutputRules rules = new OutputRules(verify.sizeRatio(), verify.durationTolerance());
        return new Verifier(probe, commands, rules, verify.maxDecodeErrors(), LONGEST_ENCODE);
    }

    static SourceCheck sourceCheck(Commands commands, WorkerProperties.SourceCheck check) {
        SourceStandard standard =
                new SourceStandard(check.maxDecodeErrors(), DurationTolerance.ofFloor(check.durationTolerance()));
        return new DecodingSourceCheck(new DecodePass(commands, LONGEST_ENCODE), standard);
    }

    static Profiles profiles(WorkerProperties properties) {
        Map<String, Profiles.Override> overrides = new LinkedHashMap<>();
        properties.profiles().forEach((name, p) -> overrides.put(name, override(name, p, properties.quality())));
        return new Profiles(overrides);
    }

    private static Profiles.Override override(
            String name, WorkerProperties.ProfileSettings p, WorkerProperties.Quality quality) {
        Profile base = new Profiles(Map.of()).named(name).orElse("av1".equals(p.codec()) ? Profile.AV1 : Profile.HEVC);
        CrfRange range = p.minQuality() == null && p.maxQuality() == null
                ? null
                : new CrfRange(
                        p.minQuality() == null ? base.range().min() : p.minQuality(),
                        p.maxQuality() == null ? base.range().max() : p.maxQuality());
        QualityTarget target = p.targetMean() == null && p.targetP5() == null
                ? null
                : new QualityTarget(
                        p.targetMean() == null ? quality.targetMean() : p.targetMean(),
                        p.targetP5() == null ? quality.targetP5() : p.targetP5());
        return new Profiles.Override(p.codec(), p.softwareEncoder(), p.preset(), p.quality(), range, target);
    }

    /** The search and gate, or null when the worker is set to encode at fixed CRFs. */
    static QualityControl quality(
            WorkerProperties properties, Commands commands, StreamBytes probe, QualityMetric metric) {
        WorkerProperties.Quality q = properties.quality();
        if (!q.enabled()) {
            return null;
        }
        Path scratch = q.scratch() == null ? Path.of(System.getProperty("java.io.tmpdir")) : q.scratch();
        SampleWindows windows = new SampleWindows(q.samples(), q.sampleLength().toMillis() / 1000.0, q.sampleShare());
        TargetSearch search =
                new TargetSearch(commands, probe, metric, windows, q.maxProbes(), q.searchFrameStep(), scratch);
        return new QualityControl(
                search,
                new QualityGate(metric, q.wholeFileGate(), q.gateFrameStep()),
                new QualityTarget(q.targetMean(), q.targetP5()),
                properties.verify().sizeRatio());
    }

    static Throttle throttle(WorkerProperties properties) {
        return new Throttle(Clock.systemUTC(), properties.progressInterval());
    }

    /** The job pipeline's objects, built once from the configuration. */
    static final class JobParts {

        private final TranscodeJob transcodeJob;
        private final StartupRecovery startupRecovery;
        private final Outcomes outcomes;

        JobParts(
                WorkerProperties properties,
                JobRegistry registry,
                ProducedFiles produced,
                MessagePublisher publisher,
                MediaProbe probe,
                Commands commands,
                Capabilities capabilities,
                Journals journals,
                SafeSwap swap,
                Recovery recovery,
                StreamBytes streamBytes,
                QualityMetric metric,
                String worker) {
            PathMapper paths = new PathMapper(properties.pathMappings(), "ARRFLOW_WORKER_PATH_MAPPINGS");
            JobEvents events = new PublishedJobEvents(publisher);
            this.outcomes = new Outcomes(registry, events);
            Completions completions = new Completions(produced, registry, events, journals);
            LadderRun ladder = new LadderRun(
                    JobConfiguration.encoder(commands, properties),
                    JobConfiguration.verifier(probe, commands, properties.verify()),
                    capabilities,
                    registry,
                    events,
                    worker,
                    JobConfiguration.quality(properties, commands, streamBytes, metric));
            WorkerProperties.Temp temp = properties.temp();
            Replacement replacement = new Replacement(
                    ladder,
                    swap,
                    journals,
                    new TempPlacement(
                            temp.location(), temp.directory(), temp.minFree().toBytes()),
                    outcomes,
                    completions,
                    paths,
                    ctx -> new ProgressReporter(ctx, registry, events, worker, JobConfiguration.throttle(properties)),
                    recovery);
            this.transcodeJob = new TranscodeJob(
                    registry,
                    produced,
                    probe,
                    JobConfiguration.profiles(properties),
                    paths,
                    outcomes,
                    JobConfiguration.sourceCheck(commands, properties.sourceCheck()),
                    replacement,
                    worker);
            this.startupRecovery = new StartupRecovery(recovery, completions);
        }

        TranscodeJob transcodeJob() {
            return transcodeJob;
        }

        StartupRecovery startupRecovery() {
            return startupRecovery;
        }

        Outcomes outcomes() {
            return outcomes;
        }
    }
}
