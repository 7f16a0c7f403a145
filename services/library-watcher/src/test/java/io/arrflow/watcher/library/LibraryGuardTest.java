package io.arrflow.watcher.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryGuardTest {

    @TempDir
    Path disk;

    private Path library;
    private Path episode;
    private LibraryGuard guard;

    @BeforeEach
    void aLibraryWithOneEpisode() throws IOException {
        library = Files.createDirectories(disk.resolve("tv/Show"));
        episode = Files.writeString(library.resolve("S01E01.mkv"), "video");
        Files.writeString(disk.resolve("secret.mkv"), "not media");
        guard = new LibraryGuard(List.of(disk.resolve("tv")));
    }

    @Test
    void accepts_a_file_under_a_root() {
        assertThat(guard.requireMediaFile(episode.toString())).isEqualTo(realPath(episode));
    }

    @Test
    void a_path_with_a_nul_character_is_refused_with_a_one_line_reason_not_an_exception_of_the_jdk() {
        String withNul = library + "/S01E01\u0000.mkv";

        assertThatThrownBy(() -> guard.requireMediaFile(withNul))
                .isInstanceOf(UnsafePath.class)
                .hasMessageStartingWith("path cannot be used as a file name here")
                .hasMessageContaining("LANG=C.UTF-8")
                .hasMessageEndingWith("S01E01\\u0000.mkv");
    }

    @Test
    void refuses_a_path_that_climbs_out_with_dot_dot() {
        String climbing = library + "/../../secret.mkv";

        assertThatThrownBy(() -> guard.requireMediaFile(climbing))
                .isInstanceOf(UnsafePath.class)
                .hasMessageContaining("outside the library roots");
    }

    @Test
    void refuses_a_symlink_that_points_outside() throws IOException {
        Path link = Files.createSymbolicLink(library.resolve("S01E02.mkv"), disk.resolve("secret.mkv"));

        assertThatThrownBy(() -> guard.requireMediaFile(link.toString())).hasMessageContaining("outside");
    }

    @Test
    void refuses_a_relative_path_a_missing_file_and_a_folder() {
        assertThatThrownBy(() -> guard.requireMediaFile("tv/Show/S01E01.mkv")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> guard.requireMediaFile(library + "/S09E09.mkv"))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> guard.requireMediaFile(library.toString())).hasMessageContaining("not a regular file");
    }

    @Test
    void a_missing_root_stops_start_up() {
        assertThatThrownBy(() -> new LibraryGuard(List.of(disk.resolve("nope"))))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new LibraryGuard(List.of())).hasMessageContaining("ARRFLOW_LIBRARY_ROOTS");
    }

    @Test
    void only_visible_video_files_are_candidates() {
        assertThat(MediaFiles.isCandidate(Path.of("/tv/a.MKV"))).isTrue();
        assertThat(MediaFiles.isCandidate(Path.of("/tv/.arrflow-tmp-1.mkv"))).isFalse();
        assertThat(MediaFiles.isCandidate(Path.of("/tv/a.nfo"))).isFalse();
        assertThat(MediaFiles.isCandidate(Path.of("/tv/noextension"))).isFalse();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
