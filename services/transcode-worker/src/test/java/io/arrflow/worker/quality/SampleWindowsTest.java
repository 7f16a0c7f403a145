package io.arrflow.worker.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.worker.quality.SampleWindows.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleWindowsTest {

    @Test
    void a_film_gets_full_length_windows_centred_in_equal_shares() {
        List<Window> windows = new SampleWindows(3, 4, 0.1).over(3600);

        assertThat(windows).containsExactly(new Window(598, 4), new Window(1798, 4), new Window(2998, 4));
    }

    @Test
    void a_short_file_gets_shorter_windows_so_samples_stay_within_their_share() {
        List<Window> windows = new SampleWindows(3, 4, 0.1).over(60);

        assertThat(windows).hasSize(3).allSatisfy(w -> assertThat(w.seconds()).isEqualTo(2.0));
        assertThat(windows.stream().mapToDouble(Window::seconds).sum()).isLessThanOrEqualTo(6.0);
    }

    @Test
    void a_short_clip_gets_fewer_windows_of_the_shortest_length_within_its_share() {
        assertThat(new SampleWindows(3, 4, 0.1).over(20)).containsExactly(new Window(4.5, 1), new Window(14.5, 1));
    }

    @Test
    void a_clip_too_short_to_sample_gets_one_window_in_its_middle() {
        assertThat(new SampleWindows(3, 4, 0.1).over(8)).containsExactly(new Window(3.5, 1));
        assertThat(new SampleWindows(3, 4, 0.1).over(0.6)).containsExactly(new Window(0, 0.6));
    }

    @Test
    void nonsense_settings_are_refused() {
        assertThatThrownBy(() -> new SampleWindows(0, 4, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SampleWindows(3, 4, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
