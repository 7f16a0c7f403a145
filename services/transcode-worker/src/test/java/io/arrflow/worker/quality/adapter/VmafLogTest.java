package io.arrflow.worker.quality.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class VmafLogTest {

    @Test
    void reads_each_frames_vmaf_score_in_order() throws IOException {
        String log = """
                {"version": "1.3.9",
                 "frames": [
                   {"frameNum": 0, "metrics": {"adm2": 0.98, "motion2": 0.0, "vmaf": 97.25}},
                   {"frameNum": 5, "metrics": {"adm2": 0.91, "motion2": 3.1, "vmaf": 81.5}}
                 ],
                 "VMAF score": 89.375}
                """;

        assertThat(VmafLog.parse(log)).containsExactly(97.25, 81.5);
    }

    @Test
    void a_log_without_frames_is_unreadable() {
        assertThatThrownBy(() -> VmafLog.parse("{\"VMAF score\": 90}"))
                .isInstanceOf(IOException.class)
                .hasMessage("no frames in the VMAF log");
    }

    @Test
    void a_frame_without_its_vmaf_score_is_unreadable() {
        assertThatThrownBy(() -> VmafLog.parse("{\"frames\": [{\"frameNum\": 0, \"metrics\": {\"adm2\": 1}}]}"))
                .isInstanceOf(IOException.class)
                .hasMessage("frame 0 of the VMAF log has no vmaf score");
    }

    @Test
    void a_cut_off_log_is_unreadable() {
        assertThatThrownBy(() -> VmafLog.parse("{\"frames\": [{\"frameNum\": 0,"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("not JSON: ");
    }
}
