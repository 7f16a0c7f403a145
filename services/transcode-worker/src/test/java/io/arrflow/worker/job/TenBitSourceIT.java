package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.transcode.testing.TestMedia;
import io.arrflow.worker.encode.Profile;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker's reading of real 10-bit files through the shared probe; library-watcher's TenBitPolicyIT reads
 * the same clips and must come to the same view.
 */
class TenBitSourceIT {

    @TempDir
    Path library;

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();

    @Test
    void a_ten_bit_hevc_episode_is_ten_bit_and_already_done() throws IOException {
        MediaInfo media = probe.probe(TestMedia.hevcTenBit(library.resolve("anime.mkv"), 2));

        assertThat(media.bitDepth()).isEqualTo(10);
        assertThat(SourceDecision.decide(Plan.TRANSCODE, Profile.HEVC, media, "mkv"))
                .isEqualTo(new SourceDecision.Skip("already-hevc", "video is hevc in mkv"));
    }

    @Test
    void a_ten_bit_h264_episode_is_ten_bit_and_transcoded() throws IOException {
        MediaInfo media = probe.probe(TestMedia.h264TenBit(library.resolve("hi10p.mkv"), 2));

        assertThat(media.bitDepth()).isEqualTo(10);
        assertThat(SourceDecision.decide(Plan.TRANSCODE, Profile.HEVC, media, "mkv"))
                .isInstanceOf(SourceDecision.Transcode.class);
    }
}
