package io.arrflow.transcode.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.process.StderrLine.Severity;
import org.junit.jupiter.api.Test;

class StderrLineTest {

    @Test
    void reads_the_level_ffmpeg_tags_a_line_with() {
        assertThat(StderrLine.parse("[matroska,webm @ 0x55f0907881c0] [error] EBML header parsing failed"))
                .isEqualTo(new StderrLine(Severity.ERROR, "EBML header parsing failed"));
        assertThat(StderrLine.parse("[warning] Unsupported codec with id 98304 for input stream 2"))
                .isEqualTo(new StderrLine(Severity.WARNING, "Unsupported codec with id 98304 for input stream 2"));
        assertThat(StderrLine.parse("[fatal] out of memory"))
                .isEqualTo(new StderrLine(Severity.ERROR, "out of memory"));
        assertThat(StderrLine.parse(" Duration: 00:00:04.00 "))
                .isEqualTo(new StderrLine(Severity.OTHER, "Duration: 00:00:04.00"));
    }

    @Test
    void the_inputs_own_name_is_left_out_of_what_a_line_is_about() {
        StderrLine line = StderrLine.parse("[error] /media/tv/a.mkv: Invalid data found when processing input");

        assertThat(line.about("/media/tv/a.mkv")).isEqualTo("Invalid data found when processing input");
        assertThat(line.about("/media/tv/b.mkv"))
                .isEqualTo("/media/tv/a.mkv: Invalid data found when processing input");
    }
}
