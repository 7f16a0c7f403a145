package io.arrflow.worker.job;

import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.ProducedFiles;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.transcode.probe.MediaProbe;
import io.arrflow.transcode.process.Commands;
import io.arrflow.worker.WorkerProperties;
import io.arrflow.worker.hardware.Capabilities;
import io.arrflow.worker.swap.Journals;
import io.arrflow.worker.swap.Recovery;
import io.arrflow.worker.swap.SafeSwap;

/** The job pipeline's objects, built once from the configuration. */
final class JobParts {

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
                worker);
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
                registry, produced, probe, JobConfiguration.profiles(properties), paths, outcomes, replacement, worker);
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
