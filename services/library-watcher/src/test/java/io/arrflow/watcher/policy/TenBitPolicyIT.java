package io.arrflow.watcher.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.transcode.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy's reading of real 10-bit files through the shared probe: the same view transcode-worker's
 * TenBitSourceIT asserts (10 bits; HEVC is done, H.264 is transcoded).
 */
class TenBitPolicyIT {

    @TempDir
    Path library;

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();
    private final TranscodePolicy policy = new TranscodePolicy(
            new PolicyRules(Profile.HEVC, 0, Set.of("hevc"), List.of("matroska"), "mkv", List.of(), Set.of()));

    @Test
    void a_ten_bit_hevc_episode_is_ten_bit_and_already_done() throws IOException {
        Decision decision = decide(TestMedia.hevcTenBit(library.resolve("anime.mkv"), 2));

        assertThat(decision).isInstanceOfSatisfying(Decision.Skip.class, skip -> assertThat(skip.reason())
                .isEqualTo("already-hevc"));
    }

    @Test
    void a_ten_bit_h264_episode_is_ten_bit_and_transcoded() throws IOException {
        Decision decision = decide(TestMedia.h264TenBit(library.resolve("hi10p.mkv"), 2));

        assertThat(decision).isInstanceOf(Decision.Transcode.class);
    }

    private Decision decide(Path file) {
        MediaInfo media = probe.probe(file);
        assertThat(media.bitDepth())
                .as("bits per component of " + file.getFileName())
                .isEqualTo(10);
        return policy.decide(new Candidate(file.toString(), media, Optional.empty()));
    }
}
