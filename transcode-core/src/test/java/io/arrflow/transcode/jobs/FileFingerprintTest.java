package io.arrflow.transcode.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintTest {

    private static final String PILOT = "/media/tv/The Expanse/Season 01/The Expanse - S01E01.mkv";
    private static final String SECOND_EPISODE = "/media/tv/The Expanse/Season 01/The Expanse - S01E02.mkv";

    @Test
    void a_file_on_disk_is_identified_by_its_path_size_and_modification_time(@TempDir Path library) throws IOException {
        Path episode = Files.writeString(library.resolve("The Expanse - S01E01.mkv"), "matroska bytes");
        Files.setLastModifiedTime(episode, FileTime.from(Instant.parse("2026-11-23T20:15:30Z")));

        FileFingerprint fingerprint = FileFingerprint.of(episode);

        assertThat(fingerprint)
                .isEqualTo(new FileFingerprint(
                        episode.toString(),
                        14,
                        Instant.parse("2026-11-23T20:15:30Z").toEpochMilli()));
    }

    @Test
    void the_key_is_short_hex_and_the_same_for_the_same_file() {
        FileFingerprint pilot = new FileFingerprint(PILOT, 1_500_000_000L, 1_795_000_000_000L);

        assertThat(pilot.key()).matches("[0-9a-f]{32}");
        assertThat(pilot.key()).isEqualTo(new FileFingerprint(PILOT, 1_500_000_000L, 1_795_000_000_000L).key());
    }

    @Test
    void another_path_size_or_time_gives_another_key() {
        FileFingerprint pilot = new FileFingerprint(PILOT, 1_500_000_000L, 1_795_000_000_000L);

        assertThat(pilot.key())
                .isNotEqualTo(new FileFingerprint(SECOND_EPISODE, 1_500_000_000L, 1_795_000_000_000L).key())
                .isNotEqualTo(new FileFingerprint(PILOT, 700_000_000L, 1_795_000_000_000L).key())
                .isNotEqualTo(new FileFingerprint(PILOT, 1_500_000_000L, 1_795_000_000_001L).key());
    }
}
