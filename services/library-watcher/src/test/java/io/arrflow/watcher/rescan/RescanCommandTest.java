package io.arrflow.watcher.rescan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RescanCommandTest {

    @Test
    void sonarr_rescans_the_series() {
        RescanCommand command = RescanCommand.of(new ArrItemRef(ArrApp.SONARR, 12));

        assertThat(command.apiBase()).isEqualTo("/api/v3");
        assertThat(command.body()).isEqualTo(Map.of("name", "RescanSeries", "seriesId", 12L));
    }

    @Test
    void radarr_rescans_the_movie() {
        assertThat(RescanCommand.of(new ArrItemRef(ArrApp.RADARR, 77)).body())
                .isEqualTo(Map.of("name", "RescanMovie", "movieId", 77L));
    }

    @Test
    void lidarr_refreshes_the_artist_on_api_v1() {
        RescanCommand command = RescanCommand.of(new ArrItemRef(ArrApp.LIDARR, 5));

        assertThat(command.apiBase()).isEqualTo("/api/v1");
        assertThat(command.body()).isEqualTo(Map.of("name", "RefreshArtist", "artistIds", List.of(5L)));
    }

    @Test
    void prowlarr_has_nothing_to_rescan() {
        assertThatThrownBy(() -> RescanCommand.of(new ArrItemRef(ArrApp.PROWLARR, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
