package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathMappingTest {

    private final PathMapping mapping = new PathMapping(List.of("/tv=/mnt/media/tv/", "/tv/anime=/mnt/anime", ""));

    @Test
    void maps_a_job_path_by_the_longest_matching_prefix() {
        assertThat(mapping.toWorker("/tv/Show/S01E01.mkv")).isEqualTo(Path.of("/mnt/media/tv/Show/S01E01.mkv"));
        assertThat(mapping.toWorker("/tv/anime/One/E1.mkv")).isEqualTo(Path.of("/mnt/anime/One/E1.mkv"));
    }

    @Test
    void leaves_unmapped_and_look_alike_paths_alone() {
        assertThat(mapping.toWorker("/tvshows/a.mkv")).isEqualTo(Path.of("/tvshows/a.mkv"));
    }

    @Test
    void maps_a_worker_path_back_for_events() {
        assertThat(mapping.toJob(Path.of("/mnt/media/tv/Show/S01E01.mkv"))).isEqualTo("/tv/Show/S01E01.mkv");
        assertThat(mapping.toJob(Path.of("/mnt/anime/x.mkv"))).isEqualTo("/tv/anime/x.mkv");
        assertThat(mapping.toJob(Path.of("/elsewhere/x.mkv"))).isEqualTo("/elsewhere/x.mkv");
    }

    @Test
    void refuses_a_mapping_without_both_sides() {
        assertThatThrownBy(() -> new PathMapping(List.of("/tv")))
                .hasMessage("path mapping must look like /from=/to: /tv");
    }
}
