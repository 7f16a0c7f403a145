package io.arrflow.worker.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandResultTest {

    @Test
    void the_reason_is_the_last_line_ffmpeg_wrote() {
        assertThat(new CommandResult(1, List.of("first", "Device creation failed: -22.", " ")).reason())
                .isEqualTo("Device creation failed: -22.");
        assertThat(new CommandResult(137, List.of()).reason()).isEqualTo("exit code 137");
    }

    @Test
    void container_names_map_to_muxers_and_probe_formats() {
        assertThat(ContainerNames.muxer("MKV")).isEqualTo("matroska");
        assertThat(ContainerNames.muxer("m4v")).isEqualTo("mp4");
        assertThat(ContainerNames.matches("matroska,webm", "mkv")).isTrue();
        assertThat(ContainerNames.matches("mov,mp4,m4a,3gp,3g2,mj2", "mp4")).isTrue();
        assertThat(ContainerNames.matches("avi", "mkv")).isFalse();
    }
}
