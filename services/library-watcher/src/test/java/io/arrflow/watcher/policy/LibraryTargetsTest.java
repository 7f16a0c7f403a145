package io.arrflow.watcher.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.QualityReport;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibraryTargetsTest {

    private final LibraryTargets targets =
            LibraryTargets.parse(List.of("/media/anime=93/88", "/media/anime/keep=97/93", " "), "SETTING");

    @Test
    void a_file_gets_the_target_of_the_longest_root_it_is_under() {
        assertThat(targets.forPath("/media/anime/Show/e01.mkv")).contains(new QualityReport.Target(93, 88));
        assertThat(targets.forPath("/media/anime/keep/Film.mkv")).contains(new QualityReport.Target(97, 93));
    }

    @Test
    void a_file_under_no_listed_root_gets_none_and_a_root_is_not_a_mere_prefix() {
        assertThat(targets.forPath("/media/tv/Show/e01.mkv")).isEmpty();
        assertThat(targets.forPath("/media/animation/Film.mkv")).isEmpty();
    }

    @Test
    void a_malformed_entry_names_itself_and_the_setting() {
        assertThatThrownBy(() -> LibraryTargets.parse(List.of("/media/anime=93"), "ARRFLOW_POLICY_QUALITY_TARGETS"))
                .hasMessageContaining("ARRFLOW_POLICY_QUALITY_TARGETS")
                .hasMessageContaining("/media/anime=93");
        assertThatThrownBy(() -> LibraryTargets.parse(List.of("/media=120/90"), "S"))
                .hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> LibraryTargets.parse(List.of("/media=high/90"), "S"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_policy_puts_the_library_target_on_a_transcode() {
        TranscodePolicy policy = new TranscodePolicy(
                new PolicyRules(Profile.HEVC, 0, Set.of("hevc"), List.of("matroska"), "mkv", List.of(), Set.of()),
                targets);
        MediaInfo h264 = new MediaInfo(
                "matroska,webm", 1440, 1_000_000_000L, List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264")));
        Candidate candidate = new Candidate("/media/anime/Show/e01.mkv", h264, Optional.empty());

        assertThat(policy.decide(candidate))
                .isInstanceOfSatisfying(Decision.Transcode.class, t -> assertThat(t.quality())
                        .isEqualTo(new QualityReport.Target(93, 88)));
    }
}
