package io.arrflow.transcode.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathMapperTest {

    private final PathMapper mapper = new PathMapper(
            List.of("/tv=/media/tv/", "/tv/anime=/mnt/anime", " /movies=/media/movies ", ""), "ARRFLOW_PATH_MAPPINGS");

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
        assertThat(mapper.toForeign("/media/tvshows/e01.mkv")).isEqualTo("/media/tvshows/e01.mkv");
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
    void maps_a_local_path_back_by_the_longest_local_prefix() {
        assertThat(mapper.toForeign("/media/tv/Show/S01E01.mkv")).isEqualTo("/tv/Show/S01E01.mkv");
        assertThat(mapper.toForeign("/mnt/anime/x.mkv")).isEqualTo("/tv/anime/x.mkv");
        assertThat(mapper.toForeign("/elsewhere/x.mkv")).isEqualTo("/elsewhere/x.mkv");
    }

    @Test
    void a_path_mapped_there_and_back_is_the_same_path() {
        String episode = "/tv/anime/One Piece/Season 01/e1071.mkv";

        assertThat(mapper.toForeign(mapper.toLocal(episode))).isEqualTo(episode);
    }

    @Test
    void a_malformed_mapping_is_refused_with_the_setting_to_fix() {
        assertThatThrownBy(() -> new PathMapper(List.of("/tv"), "ARRFLOW_PATH_MAPPINGS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path mapping '/tv' must look like /from/path=/to/path (ARRFLOW_PATH_MAPPINGS)");
        assertThatThrownBy(() -> new PathMapper(List.of("/tv="), "ARRFLOW_PATH_MAPPINGS"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
