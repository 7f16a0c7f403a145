package io.arrflow.worker.job;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import java.io.IOException;

/** Runs one job to its outcome. */
interface Jobs {

    JobOutcome run(Envelope envelope, RunTranscode job) throws IOException;
}
