package io.arrflow.transcode.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerNamesTest {

    @Test
    void container_names_map_to_muxers_and_probe_formats() {
        assertThat(ContainerNames.muxer("MKV")).isEqualTo("matroska");
        assertThat(ContainerNames.muxer("m4v")).isEqualTo("mp4");
        assertThat(ContainerNames.matches("matroska,webm", "mkv")).isTrue();
        assertThat(ContainerNames.matches("mov,mp4,m4a,3gp,3g2,mj2", "mp4")).isTrue();
        assertThat(ContainerNames.matches("avi", "mkv")).isFalse();
    }
}
