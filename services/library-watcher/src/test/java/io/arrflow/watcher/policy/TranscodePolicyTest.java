package io.arrflow.watcher.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.watcher.policy.Decision.Remux;
import io.arrflow.watcher.policy.Decision.Skip;
import io.arrflow.watcher.policy.Decision.Transcode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranscodePolicyTest {

    private static final String EPISODE = "/media/tv/Harbor Lights/Season 02/Harbor Lights - S02E05.mkv";
    private static final long GIGABYTE = 1_000_000_000L;

    private final TranscodePolicy policy = new TranscodePolicy(new PolicyRules(
            Profile.HEVC,
            50_000_000L,
            Set.of("hevc", "av1"),
            List.of("matroska", "mp4"),
            "mkv",
            List.of("/media/tv/Kids"),
            Set.of("keep-original")));

    @Test
    void transcodes_an_h264_episode_with_the_default_profile() {
        Decision decision = policy.decide(anEpisode(inMatroska("h264")));

        assertThat(decision).isInstanceOfSatisfying(Transcode.class, t -> {
            assertThat(t.profile()).isEqualTo(Profile.HEVC);
            assertThat(t.reason()).contains("h264");
        });
    }

    @Test
    void skips_a_file_that_is_already_hevc() {
        assertThat(policy.decide(anEpisode(inMatroska("hevc"))))
                .isEqualTo(new Skip("already-hevc", "video is already hevc in matroska,webm"));
    }

    @Test
    void skips_a_file_that_is_already_av1() {
        assertThat(policy.decide(anEpisode(inMatroska("av1"))))
                .isInstanceOfSatisfying(
                        Skip.class, skip -> assertThat(skip.reason()).isEqualTo("already-av1"));
    }

    @Test
    void remuxes_hevc_in_a_container_that_is_not_kept() {
        MediaInfo hevcInAvi = probed("avi", "hevc", 2 * GIGABYTE);

        assertThat(policy.decide(anEpisode(hevcInAvi)))
                .isInstanceOfSatisfying(
                        Remux.class, remux -> assertThat(remux.container()).isEqualTo("mkv"));
    }

    @Test
    void skips_a_file_smaller_than_the_minimum() {
        MediaInfo sample = probed("matroska,webm", "h264", 10_000_000L);

        assertThat(policy.decide(anEpisode(sample)))
                .isInstanceOfSatisfying(
                        Skip.class, skip -> assertThat(skip.reason()).isEqualTo("too-small"));
    }

    @Test
    void a_requested_profile_overrides_the_minimum_size() {
        MediaInfo sample = probed("matroska,webm", "h264", 10_000_000L);

        Decision decision = policy.decide(new Candidate(EPISODE, sample, Optional.of(Profile.HEVC_SOFTWARE)));

        assertThat(decision).isInstanceOfSatisfying(Transcode.class, t -> assertThat(t.profile())
                .isEqualTo(Profile.HEVC_SOFTWARE));
    }

    @Test
    void a_requested_av1_profile_transcodes_an_hevc_file() {
        Decision decision = policy.decide(new Candidate(EPISODE, inMatroska("hevc"), Optional.of(Profile.AV1)));

        assertThat(decision).isInstanceOfSatisfying(Transcode.class, t -> assertThat(t.profile())
                .isEqualTo(Profile.AV1));
    }

    @Test
    void skips_files_under_an_excluded_path() {
        Decision decision =
                policy.decide(new Candidate("/media/tv/Kids/Show/S01E01.mkv", inMatroska("h264"), Optional.empty()));

        assertThat(decision).isInstanceOfSatisfying(Skip.class, skip -> assertThat(skip.reason())
                .isEqualTo("excluded-path"));
    }

    @Test
    void an_excluded_path_prefix_matches_whole_folders_only() {
        Decision decision =
                policy.decide(new Candidate("/media/tv/Kidsville/S01E01.mkv", inMatroska("h264"), Optional.empty()));

        assertThat(decision).isInstanceOf(Transcode.class);
    }

    @Test
    void skips_audio_only_files() {
        MediaInfo album = probed("flac", null, 60_000_000L);

        assertThat(policy.decide(anEpisode(album))).isInstanceOfSatisfying(Skip.class, skip -> assertThat(skip.reason())
                .isEqualTo("no-video"));
    }

    @Test
    void items_with_an_excluded_tag_are_skipped_whatever_the_case() {
        assertThat(policy.excludedByTags(List.of("transcode", "Keep-Original")))
                .hasValueSatisfying(skip -> assertThat(skip.reason()).isEqualTo("excluded-tag"));
        assertThat(policy.excludedByTags(List.of("transcode"))).isEmpty();
    }

    @Test
    void profiles_are_found_by_wire_name_and_route_by_encoder_family() {
        assertThat(Profile.named("hevc-vaapi")).contains(Profile.HEVC_VAAPI);
        assertThat(Profile.HEVC_VAAPI.encoderFamily()).isEqualTo("vaapi");
        assertThat(Profile.HEVC.encoderFamily()).isEqualTo("any");
        assertThat(Profile.named("h264")).isEmpty();
        assertThat(Profile.known()).contains("hevc", "av1");
    }

    private static Candidate anEpisode(MediaInfo probe) {
        return new Candidate(EPISODE, probe, Optional.empty());
    }

    private static MediaInfo inMatroska(String codec) {
        return probed("matroska,webm", codec, 2 * GIGABYTE);
    }

    private static MediaInfo probed(String container, String videoCodec, long sizeBytes) {
        List<StreamInfo> streams = new ArrayList<>();
        if (videoCodec != null) {
            streams.add(StreamInfo.of(0, StreamKind.VIDEO, videoCodec));
        }
        streams.add(StreamInfo.of(streams.size(), StreamKind.AUDIO, "aac"));
        return new MediaInfo(container, 2640, sizeBytes, streams);
    }
}
