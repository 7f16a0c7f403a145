package io.arrflow.worker.encode;

import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.worker.hardware.EncoderFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The video part of a command line, per rung: device set-up, decode, upload filter and encoder options. */
final class VideoArgs {

    private static final Map<String, String> QSV_DECODERS =
            Map.of("h264", "h264_qsv", "hevc", "hevc_qsv", "mpeg2video", "mpeg2_qsv", "vp9", "vp9_qsv");

    private VideoArgs() {}

    static List<String> hardwareInput(EncodeSpec spec) {
        Rung rung = spec.rung();
        List<String> args = new ArrayList<>();
        if (rung.family() == EncoderFamily.SOFTWARE) {
            return args;
        }
        args.addAll(List.of("-init_hw_device", "vaapi=va:" + spec.renderNode()));
        if (rung.family() == EncoderFamily.QSV) {
            args.addAll(List.of("-init_hw_device", "qsv=qs@va", "-filter_hw_device", "qs"));
        } else {
            args.addAll(List.of("-filter_hw_device", "va"));
        }
        if (rung.hardwareDecode()) {
            args.addAll(hardwareDecode(rung.family(), spec));
        }
        return args;
    }

    private static List<String> hardwareDecode(EncoderFamily family, EncodeSpec spec) {
        if (family == EncoderFamily.VAAPI) {
            return List.of("-hwaccel", "vaapi", "-hwaccel_device", "va", "-hwaccel_output_format", "vaapi");
        }
        String codec = spec.media().mainVideo().map(StreamInfo::codec).orElse("");
        List<String> args = new ArrayList<>(List.of("-hwaccel", "qsv", "-hwaccel_output_format", "qsv"));
        if (QSV_DECODERS.containsKey(codec)) {
            args.addAll(List.of("-c:v", QSV_DECODERS.get(codec)));
        }
        return args;
    }

    static List<String> encode(StreamInfo video, int out, EncodeSpec spec) {
        boolean tenBit = video.bitDepth() > 8;
        Profile profile = spec.profile();
        Rung rung = spec.rung();
        List<String> args = new ArrayList<>(List.of("-c:" + out, profile.encoderFor(rung.family())));
        switch (rung.family()) {
            case SOFTWARE -> args.addAll(software(profile, out, tenBit, video.hdr(), spec.processors()));
            case VAAPI -> args.addAll(vaapi(profile, out, tenBit, rung.hardwareDecode()));
            case QSV -> args.addAll(qsv(profile, out, tenBit, rung.hardwareDecode()));
        }
        args.addAll(color(video, out));
        return args;
    }

    private static List<String> software(Profile profile, int out, boolean tenBit, HdrMetadata hdr, int processors) {
        List<String> args = new ArrayList<>(List.of("-preset:" + out, profile.preset(), "-crf:" + out));
        args.add(String.valueOf(profile.quality()));
        args.addAll(List.of("-pix_fmt:" + out, tenBit ? "yuv420p10le" : "yuv420p"));
        if ("libx265".equals(profile.softwareEncoder())) {
            List<String> params = new ArrayList<>(List.of("log-level=error"));
            X265Threads.frameThreads(processors).ifPresent(params::add);
            params.addAll(HdrParams.x265(hdr, tenBit));
            args.addAll(List.of("-x265-params:" + out, String.join(":", params)));
        }
        List<String> svt = HdrParams.svtAv1(hdr);
        if ("libsvtav1".equals(profile.softwareEncoder()) && !svt.isEmpty()) {
            args.addAll(List.of("-svtav1-params:" + out, String.join(":", svt)));
        }
        return args;
    }

    private static List<String> vaapi(Profile profile, int out, boolean tenBit, boolean hardwareDecode) {
        String format = tenBit ? "p010" : "nv12";
        String filter = hardwareDecode ? "scale_vaapi=format=" + format : "format=" + format + ",hwupload";
        List<String> args = new ArrayList<>(List.of("-filter:" + out, filter, "-qp:" + out));
        args.add(String.valueOf(profile.quality()));
        if (tenBit) {
            args.addAll(List.of("-profile:" + out, "main10"));
        }
        return args;
    }

    private static List<String> qsv(Profile profile, int out, boolean tenBit, boolean hardwareDecode) {
        String format = tenBit ? "p010" : "nv12";
        String filter =
                hardwareDecode ? "vpp_qsv=format=" + format : "format=" + format + ",hwupload=extra_hw_frames=64";
        List<String> args = new ArrayList<>(List.of("-filter:" + out, filter, "-global_quality:" + out));
        args.add(String.valueOf(profile.quality()));
        if (tenBit) {
            args.addAll(List.of("-profile:" + out, "main10"));
        }
        return args;
    }

    /**
     * Keeps the colour description (primaries, transfer, matrix), so HDR stays HDR. hevc_vaapi also
     * writes the frames' mastering display and content light level (its {@code sei=hdr}, on by default);
     * hevc_qsv in ffmpeg 5.1 writes neither.
     */
    private static List<String> color(StreamInfo video, int out) {
        List<String> args = new ArrayList<>();
        addKnown(args, "-color_primaries:" + out, video.colorPrimaries());
        addKnown(args, "-color_trc:" + out, video.colorTransfer());
        addKnown(args, "-colorspace:" + out, video.colorSpace());
        return args;
    }

    private static void addKnown(List<String> args, String option, String value) {
        if (value != null && !value.isBlank() && !"unknown".equals(value) && !"reserved".equals(value)) {
            args.addAll(List.of(option, value));
        }
    }
}
