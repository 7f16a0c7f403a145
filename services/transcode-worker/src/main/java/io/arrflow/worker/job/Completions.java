package io.arrflow.worker.job;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.Envelope;
import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.transcode.jobs.Ending;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.jobs.ProducedFiles;
import io.arrflow.worker.swap.Journal;
import io.arrflow.worker.swap.Journals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reports a job whose output is in place: loop guard, completion event, shared status, and only then
 * the journal goes. Used after a swap and by start-up recovery; a job already REPLACED is not
 * announced twice.
 */
final class Completions {

    private final ProducedFiles produced;
    private final JobRegistry registry;
    private final JobEvents events;
    private final Journals journals;

    Completions(ProducedFiles produced, JobRegistry registry, JobEvents events, Journals journals) {
        this.produced = produced;
        this.registry = registry;
        this.events = events;
        this.journals = journals;
    }

    void complete(Journal journal, Envelope cause) {
        Journal.Completion facts = journal.completion();
        produced.record(fingerprint(journal));
        Optional<JobStatus> status = registry.status(journal.jobId());
        boolean alreadyReported = status.map(JobStatus::state).orElse(null) == JobState.REPLACED;
        if (!alreadyReported) {
            events.publish(
                    cause, event(journal, facts, status.map(JobStatus::quality).orElse(null)));
            registry.finished(
                    journal.jobId(),
                    Ending.replaced(facts.jobTarget(), facts.summary(), facts.sourceBytes(), facts.outputBytes()));
        }
        journals.delete(journal.jobId());
    }

    private static TranscodeCompleted event(Journal journal, Journal.Completion facts, QualityReport quality) {
        boolean moved = !facts.jobTarget().equals(facts.jobPath());
        return new TranscodeCompleted(
                journal.jobId(),
                facts.jobTarget(),
                moved ? facts.jobPath() : null,
                facts.encoder(),
                facts.sourceBytes(),
                facts.outputBytes(),
                facts.encodeSeconds(),
                arrItem(facts.arrItem()),
                quality);
    }

    static String arrItem(ArrItemRef ref) {
        return ref == null ? "" : ref.app().wireName() + ":" + ref.itemId();
    }

    private static ArrItemRef arrItem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int colon = text.indexOf(':');
        return new ArrItemRef(ArrApp.fromWire(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    }

    private static FileFingerprint fingerprint(Journal journal) {
        try {
            return FileFingerprint.of(journal.target());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output in place " + journal.target(), e);
        }
    }
}
