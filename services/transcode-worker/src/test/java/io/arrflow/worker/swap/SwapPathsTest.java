package io.arrflow.worker.swap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SwapPathsTest {

    private static final UUID JOB = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void an_avi_becomes_an_mkv_beside_it_and_an_mkv_stays_where_it_is() {
        assertThat(SwapPaths.target(Path.of("/tv/a.b.avi"), "mkv")).isEqualTo(Path.of("/tv/a.b.mkv"));
        assertThat(SwapPaths.target(Path.of("/tv/a.MKV"), "mkv")).isEqualTo(Path.of("/tv/a.MKV"));
        assertThat(SwapPaths.target(Path.of("/tv/noext"), "mkv")).isEqualTo(Path.of("/tv/noext.mkv"));
    }

    @Test
    void temp_and_aside_files_are_hidden_and_carry_the_job_id() {
        assertThat(SwapPaths.temp(Path.of("/tv/a.mkv"), JOB))
                .isEqualTo(Path.of("/tv/.a.mkv.arrflow-00000000-0000-0000-0000-000000000001.tmp"));
        assertThat(SwapPaths.aside(Path.of("/tv/a.mkv"), JOB).getFileName().toString())
                .startsWith(".a.mkv" + SwapPaths.MARKER)
                .endsWith(".orig");
    }
}
