package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.worker.encode.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDecisionTest {

    private static MediaInfo file(String format, String codec) {
        return new MediaInfo(format, 10, 10, List.of(StreamInfo.of(0, StreamKind.VIDEO, codec)));
    }

    @Test
    void skips_a_file_that_is_already_hevc_in_mkv() {
        assertThat(SourceDecision.decide(Plan.TRANSCODE, Profile.HEVC, file("matroska,webm", "hevc"), "mkv"))
                .isEqualTo(new SourceDecision.Skip("already-hevc", "video is hevc in mkv"));
    }

    @Test
    void only_remuxes_hevc_in_the_wrong_container() {
        assertThat(SourceDecision.decide(Plan.TRANSCODE, Profile.HEVC, file("mov,mp4,m4a,3gp,3g2,mj2", "hevc"), "mkv"))
                .isInstanceOf(SourceDecision.Remux.class);
    }

    @Test
    void transcodes_h264_and_remuxes_on_request() {
        assertThat(SourceDecision.decide(Plan.TRANSCODE, Profile.HEVC, file("avi", "h264"), "mkv"))
                .isInstanceOf(SourceDecision.Transcode.class);
        assertThat(SourceDecision.decide(Plan.REMUX, Profile.HEVC, file("avi", "h264"), "mkv"))
                .isEqualTo(new SourceDecision.Remux("remux job"));
        assertThat(SourceDecision.decide(Plan.REMUX, Profile.HEVC, file("matroska,webm", "h264"), "mkv"))
                .isEqualTo(new SourceDecision.Skip("already-mkv", "the file is already in mkv"));
    }

    @Test
    void rejects_a_file_without_video() {
        MediaInfo audioOnly = new MediaInfo("mp3", 10, 10, List.of(StreamInfo.of(0, StreamKind.AUDIO, "mp3")));

        assertThat(SourceDecision.decide(Plan.TRANSCODE, Profile.HEVC, audioOnly, "mkv"))
                .isEqualTo(new SourceDecision.Reject("no video stream in the file"));
    }
}
