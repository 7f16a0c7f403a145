package io.arrflow.worker.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.worker.hardware.EncoderFamily;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfmpegCommandTest {

    private static final StreamInfo HDR_VIDEO = hdrVideo("hevc");

    private static StreamInfo hdrVideo(String codec) {
        StreamInfo.Picture uhd = new StreamInfo.Picture(3840, 2160);
        return new StreamInfo(0, StreamKind.VIDEO, codec, false, 10, uhd, "bt2020", "smpte2084", "bt2020nc", null, 0);
    }

    private static EncodeSpec spec(MediaInfo media, Rung rung, String container) {
        return spec(media, rung, container, 8);
    }

    private static EncodeSpec spec(MediaInfo media, Rung rung, String container, int processors) {
        return new EncodeSpec(
                Path.of("/lib/in.avi"),
                Path.of("/lib/.in.tmp"),
                container,
                media,
                StreamPlan.of(media, container, true),
                Profile.HEVC,
                rung,
                Path.of("/dev/dri/renderD128"),
                processors);
    }

    private static MediaInfo tenBitHdr() {
        return new MediaInfo(
                "matroska,webm",
                10,
                100,
                List.of(
                        hdrVideo("h264"),
                        StreamInfo.of(1, StreamKind.AUDIO, "dts"),
                        StreamInfo.of(2, StreamKind.SUBTITLE, "mov_text")));
    }

    @Test
    void a_software_encode_keeps_ten_bit_and_the_hdr_colour_description() {
        String line = String.join(" ", FfmpegCommand.encode(spec(tenBitHdr(), Rung.SOFTWARE, "mkv")));

        assertThat(line)
                .contains("-progress pipe:1 -i /lib/in.avi")
                .contains("-map 0:0 -map 0:1 -map 0:2 -map_metadata 0 -map_chapters 0")
                .contains("-c:0 libx265 -preset:0 fast -crf:0 25 -pix_fmt:0 yuv420p10le")
                .contains("-color_primaries:0 bt2020 -color_trc:0 smpte2084 -colorspace:0 bt2020nc")
                .contains("-c:1 copy -c:2 srt")
                .endsWith("-max_muxing_queue_size 4096 -f matroska /lib/.in.tmp");
        assertThat(HDR_VIDEO.isHdr()).isTrue();
    }

    @Test
    void x265_gets_a_second_frame_thread_on_two_or_three_cpus_only() {
        MediaInfo eightBit = new MediaInfo("matroska", 10, 10, List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264")));

        assertThat(String.join(" ", FfmpegCommand.encode(spec(eightBit, Rung.SOFTWARE, "mkv", 2))))
                .contains("-x265-params:0 log-level=error:frame-threads=2 ");
        assertThat(String.join(" ", FfmpegCommand.encode(spec(eightBit, Rung.SOFTWARE, "mkv", 1))))
                .contains("-x265-params:0 log-level=error ");
        assertThat(String.join(" ", FfmpegCommand.encode(spec(eightBit, Rung.SOFTWARE, "mkv", 4))))
                .doesNotContain("frame-threads");
    }

    @Test
    void the_vaapi_pipeline_decodes_and_scales_on_the_device() {
        String line =
                String.join(" ", FfmpegCommand.encode(spec(tenBitHdr(), new Rung(EncoderFamily.VAAPI, true), "mkv")));

        assertThat(line)
                .contains("-init_hw_device vaapi=va:/dev/dri/renderD128 -filter_hw_device va")
                .contains("-hwaccel vaapi -hwaccel_device va -hwaccel_output_format vaapi")
                .contains("-c:0 hevc_vaapi -filter:0 scale_vaapi=format=p010 -qp:0 25 -profile:0 main10");
    }

    @Test
    void vaapi_with_software_decode_uploads_frames() {
        MediaInfo eightBit = new MediaInfo("matroska", 10, 10, List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264")));

        String line =
                String.join(" ", FfmpegCommand.encode(spec(eightBit, new Rung(EncoderFamily.VAAPI, false), "mkv")));

        assertThat(line).contains("-filter:0 format=nv12,hwupload").doesNotContain("-hwaccel ");
    }

    @Test
    void qsv_is_derived_from_the_vaapi_device_as_jellyfin_does() {
        String line =
                String.join(" ", FfmpegCommand.encode(spec(tenBitHdr(), new Rung(EncoderFamily.QSV, true), "mkv")));

        assertThat(line)
                .contains("-init_hw_device vaapi=va:/dev/dri/renderD128 -init_hw_device qsv=qs@va -filter_hw_device qs")
                .contains("-hwaccel qsv -hwaccel_output_format qsv -c:v h264_qsv")
                .contains("-c:0 hevc_qsv -filter:0 vpp_qsv=format=p010 -global_quality:0 25");
    }

    @Test
    void qsv_with_software_decode_uploads_to_the_qsv_device() {
        MediaInfo eightBit = new MediaInfo("matroska", 10, 10, List.of(StreamInfo.of(0, StreamKind.VIDEO, "vc1")));

        String line = String.join(" ", FfmpegCommand.encode(spec(eightBit, new Rung(EncoderFamily.QSV, false), "mkv")));

        assertThat(line)
                .contains("-filter:0 format=nv12,hwupload=extra_hw_frames=64")
                .doesNotContain("_qsv -i");
    }

    @Test
    void the_trial_encodes_one_frame_of_the_main_video_to_nowhere() {
        List<String> trial = FfmpegCommand.trial(spec(tenBitHdr(), new Rung(EncoderFamily.VAAPI, true), "mkv"));

        assertThat(String.join(" ", trial))
                .contains("-i /lib/in.avi -map 0:0 -c:0 hevc_vaapi")
                .endsWith("-frames:v 1 -f null -")
                .doesNotContain("-progress");
    }

    @Test
    void avi_input_gets_generated_timestamps_and_mp4_output_the_mp4_muxer() {
        MediaInfo avi = new MediaInfo("avi", 10, 10, List.of(StreamInfo.of(0, StreamKind.VIDEO, "mpeg4")));

        String line = String.join(" ", FfmpegCommand.encode(spec(avi, Rung.SOFTWARE, "mp4")));

        assertThat(line).contains("-fflags +genpts").contains("-f mp4").contains("-pix_fmt:0 yuv420p ");
    }

    @Test
    void av1_uses_svt_av1_without_x265_parameters() {
        MediaInfo media = new MediaInfo("matroska", 10, 10, List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264")));

        assertThat(String.join(" ", FfmpegCommand.encode(av1Spec(media))))
                .contains("-c:0 libsvtav1 -preset:0 8 -crf:0 32")
                .doesNotContain("x265")
                .doesNotContain("svtav1-params");
    }

    @Test
    void software_encoders_carry_the_hdr10_metadata_and_hardware_ones_get_no_parameters_for_it() {
        StreamInfo hdr = tenBitHdr().streams().getFirst().withHdr(HdrParamsTest.HDR10);
        MediaInfo media = new MediaInfo("matroska,webm", 10, 100, List.of(hdr));

        String x265 = String.join(" ", FfmpegCommand.encode(spec(media, Rung.SOFTWARE, "mkv")));
        String svt = String.join(" ", FfmpegCommand.encode(av1Spec(media)));
        String vaapi = String.join(" ", FfmpegCommand.encode(spec(media, new Rung(EncoderFamily.VAAPI, true), "mkv")));

        assertThat(x265)
                .contains("-x265-params:0 log-level=error:hdr10=1:hdr10-opt=1:master-display=G(13250,34500)")
                .contains(":max-cll=1000,400 -color_primaries:0 bt2020");
        assertThat(svt)
                .contains("-c:0 libsvtav1")
                .contains("-svtav1-params:0 mastering-display=G(0.265,0.69)B(0.15,0.06)R(0.68,0.32)"
                        + "WP(0.3127,0.329)L(1000,0.005):content-light=1000,400");
        assertThat(vaapi)
                .contains("-colorspace:0 bt2020nc")
                .doesNotContain("master")
                .doesNotContain("params");
    }

    private static EncodeSpec av1Spec(MediaInfo media) {
        return new EncodeSpec(
                Path.of("/a.mkv"),
                Path.of("/b"),
                "mkv",
                media,
                StreamPlan.of(media, "mkv", true),
                Profile.AV1,
                Rung.SOFTWARE,
                Path.of("/dev/dri/renderD128"),
                8);
    }
}
