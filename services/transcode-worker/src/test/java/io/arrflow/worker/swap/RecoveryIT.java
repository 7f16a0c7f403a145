package io.arrflow.worker.swap;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.worker.MediaProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up recovery for every point at which a worker can die, on a real filesystem. */
class RecoveryIT {

    @TempDir
    Path root;

    private Path library;
    private Journals journals;
    private SafeSwap swap;
    private Recovery recovery;
    private final UUID jobId = UUID.randomUUID();
    private final Journal.Completion facts =
            new Journal.Completion("/tv/a.mkv", "/tv/a.mkv", "libx265", 10, 5, 1.5, "sonarr:7", "software: verified");

    @BeforeEach
    void setUp() throws IOException {
        library = Files.createDirectories(root.resolve("library"));
        journals = new Journals(root.resolve("state"));
        swap = new SafeSwap(journals, false, ".original", Duration.ZERO);
        recovery = new Recovery(journals, swap, new OrphanProcesses());
    }

    private Journal anEncodingJob(String name, String container) throws IOException {
        Path original = Files.writeString(library.resolve(name), "original");
        Journal journal = Journal.encoding(jobId, original, SwapPaths.target(original, container), null);
        journals.save(journal);
        return journal;
    }

    private Journal aVerifiedOutput(Journal journal) throws IOException {
        Files.writeString(journal.temp(), "output");
        Journal swapping = journal.swapping(facts);
        journals.save(swapping);
        return swapping;
    }

    @Test
    void a_job_killed_while_encoding_loses_its_temp_file_and_keeps_the_original() throws IOException {
        Journal journal = anEncodingJob("a.mkv", "mkv");
        Files.writeString(journal.temp(), "half an output");

        List<Leftover> leftovers = recovery.resolveAll();

        assertThat(leftovers).singleElement().isInstanceOf(Leftover.RolledBack.class);
        assertThat(listing()).containsExactly(journal.original());
        assertThat(Files.readString(journal.original())).isEqualTo("original");
        assertThat(journals.all()).isEmpty();
    }

    @Test
    void an_ffmpeg_still_writing_the_temp_file_is_stopped_and_named() throws Exception {
        Journal journal = anEncodingJob("a.mkv", "mkv");
        Process orphan = MediaProcesses.anEndlessEncodeInto(journal.temp());
        try {
            List<Leftover> leftovers = recovery.resolveAll();

            assertThat(orphan.waitFor(10, TimeUnit.SECONDS))
                    .as("the orphan ffmpeg was stopped")
                    .isTrue();
            assertThat(leftovers).singleElement().satisfies(leftover -> {
                assertThat(leftover).isInstanceOf(Leftover.RolledBack.class);
                assertThat(leftover.stopped()).singleElement().satisfies(stopped -> {
                    assertThat(stopped.pid()).isEqualTo(orphan.pid());
                    assertThat(stopped.commandLine())
                            .contains("ffmpeg")
                            .contains(journal.temp().toString());
                });
            });
            assertThat(listing()).containsExactly(journal.original());
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void a_swap_that_had_not_set_the_original_aside_is_rolled_back() throws IOException {
        Journal journal = aVerifiedOutput(anEncodingJob("a.mkv", "mkv"));

        assertThat(recovery.resolve(journal)).isInstanceOf(Leftover.RolledBack.class);
        assertThat(listing()).containsExactly(journal.original());
        assertThat(Files.readString(journal.original())).isEqualTo("original");
    }

    @Test
    void a_swap_killed_after_setting_the_original_aside_is_rolled_forward() throws IOException {
        Journal journal = aVerifiedOutput(anEncodingJob("a.mkv", "mkv"));
        Files.createLink(journal.aside(), journal.original());

        Leftover leftover = recovery.resolve(journal);

        assertThat(leftover).isEqualTo(new Leftover.RolledForward(journal, journal.original(), List.of()));
        assertThat(listing()).containsExactly(journal.original());
        assertThat(Files.readString(journal.original())).isEqualTo("output");
    }

    @Test
    void a_swap_that_moved_the_original_away_without_a_link_is_rolled_forward() throws IOException {
        Journal journal = aVerifiedOutput(anEncodingJob("a.mkv", "mkv"));
        Files.move(journal.original(), journal.aside());

        assertThat(recovery.resolve(journal)).isInstanceOf(Leftover.RolledForward.class);
        assertThat(Files.readString(journal.original())).isEqualTo("output");
        assertThat(listing()).containsExactly(journal.original());
    }

    @Test
    void a_swap_killed_after_the_output_was_in_place_only_releases_the_original() throws IOException {
        Journal journal = aVerifiedOutput(anEncodingJob("a.avi", "mkv"));
        Files.createLink(journal.aside(), journal.original());
        Files.move(journal.temp(), journal.target());

        assertThat(recovery.resolve(journal)).isInstanceOf(Leftover.RolledForward.class);
        assertThat(listing()).containsExactly(library.resolve("a.mkv"));
    }

    @Test
    void a_swap_to_a_new_extension_killed_before_the_output_moved_in_is_finished() throws IOException {
        Journal journal = aVerifiedOutput(anEncodingJob("a.avi", "mkv"));
        Files.createLink(journal.aside(), journal.original());

        assertThat(recovery.resolve(journal)).isInstanceOf(Leftover.RolledForward.class);
        assertThat(listing()).containsExactly(library.resolve("a.mkv"));
        assertThat(Files.readString(library.resolve("a.mkv"))).isEqualTo("output");
    }

    @Test
    void files_in_no_state_a_swap_leaves_are_left_for_a_person() throws IOException {
        Journal journal = aVerifiedOutput(anEncodingJob("a.avi", "mkv"));
        Files.delete(journal.temp());
        Files.delete(journal.original());

        assertThat(recovery.resolve(journal)).isInstanceOf(Leftover.Unresolved.class);
        assertThat(journals.all()).containsExactly(journal);
    }

    @Test
    void a_kept_original_stays_beside_the_output_with_its_suffix() throws IOException {
        SafeSwap keeping = new SafeSwap(journals, true, ".original", Duration.ZERO);
        Journal journal = aVerifiedOutput(anEncodingJob("a.mkv", "mkv"));

        keeping.swap(journal);
        keeping.releaseOriginal(journal);

        assertThat(Files.readString(journal.original())).isEqualTo("output");
        assertThat(Files.readString(library.resolve("a.mkv.original"))).isEqualTo("original");
    }

    @Test
    void a_journal_survives_a_round_trip_through_its_file() throws IOException {
        Journal journal = aVerifiedOutput(anEncodingJob("a.mkv", "mkv"));

        assertThat(journals.all()).containsExactly(journal);
        journals.delete(jobId);
        assertThat(journals.all()).isEmpty();
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(library)) {
            return files.toList();
        }
    }
}
