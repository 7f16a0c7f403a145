package io.arrflow.transcode.process;

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
}
