package io.arrflow.watcher.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import io.arrflow.transcode.testing.InMemoryProducedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReporterTest {

    @TempDir
    Path library;

    private final InMemoryDedupe dedupe = new InMemoryDedupe();
    private final InMemoryProducedFiles produced = new InMemoryProducedFiles();
    private final InMemoryJobRegistry registry = new InMemoryJobRegistry();
    private final RecordedBroker broker = new RecordedBroker();
    private final FileReporter reporter = new FileReporter(dedupe, produced, registry, broker);
    private Path episode;

    @BeforeEach
    void anEpisode() throws IOException {
        episode = Files.writeString(library.toRealPath().resolve("e01.mkv"), "matroska bytes");
    }

    @Test
    void a_new_file_is_published_for_a_decision() {
        reporter.found(episode, "folder-watch");

        assertThat(broker.published).singleElement().isInstanceOfSatisfying(MediaFileDetected.class, detected -> {
            assertThat(detected.path()).isEqualTo(episode.toString());
            assertThat(detected.origin()).isEqualTo("folder-watch");
        });
    }

    @Test
    void a_decided_produced_or_queued_file_is_not_published_again() throws IOException {
        Path produce = Files.writeString(episode.resolveSibling("e02.mkv"), "arrflow output");
        Path queued = Files.writeString(episode.resolveSibling("e03.mkv"), "queued");
        dedupe.done(FileFingerprint.of(episode));
        produced.record(FileFingerprint.of(produce));
        registry.queued(new RunTranscode(
                UUID.randomUUID(), queued.toString(), "hevc", Plan.TRANSCODE, "any", "mkv", null, null, null));

        reporter.found(episode, "rescan");
        reporter.found(produce, "rescan");
        reporter.found(queued, "rescan");
        reporter.found(episode.resolveSibling("gone.mkv"), "rescan");

        assertThat(broker.published).isEmpty();
    }
}
