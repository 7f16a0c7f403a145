package io.arrflow.watcher.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathMapperTest {

    private final PathMapper mapper =
            new PathMapper(List.of("/tv=/media/tv", "/tv/anime=/mnt/anime/", " /movies=/media/movies "));

    @Test
    void maps_an_arr_path_to_the_local_path() {
        assertThat(mapper.toLocal("/tv/Harbor Lights/Season 02/e05.mkv"))
                .isEqualTo("/media/tv/Harbor Lights/Season 02/e05.mkv");
    }

    @Test
    void the_longest_mapping_wins() {
        assertThat(mapper.toLocal("/tv/anime/Show/e01.mkv")).isEqualTo("/mnt/anime/Show/e01.mkv");
    }

    @Test
    void a_prefix_maps_whole_segments_only() {
        assertThat(mapper.toLocal("/tvshows/Show/e01.mkv")).isEqualTo("/tvshows/Show/e01.mkv");
    }

    @Test
    void the_mapped_root_itself_is_mapped() {
        assertThat(mapper.toLocal("/movies")).isEqualTo("/media/movies");
    }

    @Test
    void an_unmapped_path_is_kept() {
        assertThat(mapper.toLocal("/music/a.flac")).isEqualTo("/music/a.flac");
    }

    @Test
    void a_malformed_mapping_is_refused_with_the_variable_to_fix() {
        assertThatThrownBy(() -> new PathMapper(List.of("/tv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ARRFLOW_PATH_MAPPINGS");
        assertThatThrownBy(() -> new PathMapper(List.of("/tv="))).isInstanceOf(IllegalArgumentException.class);
    }
}
