package io.arrflow.worker.encode;

import io.arrflow.transcode.probe.ContainerNames;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.worker.encode.StreamAction.Convert;
import io.arrflow.worker.encode.StreamAction.Copy;
import io.arrflow.worker.encode.StreamAction.Drop;
import io.arrflow.worker.encode.StreamAction.Encode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds ffmpeg command lines: the encode itself and the one-frame trial on the same input. */
public final class FfmpegCommand {

    private FfmpegCommand() {}

    /** The full run, reporting progress as key=value lines on stdout. */
    public static List<String> encode(EncodeSpec spec) {
        List<String> args = head(spec);
        args.addAll(List.of("-progress", "pipe:1", "-i", spec.source().toString()));
        List<StreamAction> kept = spec.streams().kept();
        for (StreamAction action : kept) {
            args.addAll(List.of("-map", "0:" + action.stream().index()));
        }
        args.addAll(List.of("-map_metadata", "0", "-map_chapters", "0"));
        for (int out = 0; out < kept.size(); out++) {
            args.addAll(codecArgs(kept.get(out), out, spec));
        }
        // the source's frames and timestamps as they are: for MP4, ffmpeg would otherwise make the rate constant
        // and repeat a frame where the source's timing is uneven, an output frame-for-frame unlike its source
        args.addAll(List.of("-fps_mode", "passthrough"));
        args.addAll(List.of("-max_muxing_queue_size", "4096", "-f", ContainerNames.muxer(spec.container())));
        args.add(spec.output().toString());
        return args;
    }

    /** One frame of the main video through the same pipeline, to a null output. */
    public static List<String> trial(EncodeSpec spec) {
        List<String> args = head(spec);
        StreamInfo video = spec.media().mainVideo().orElseThrow();
        args.addAll(List.of("-i", spec.source().toString(), "-map", "0:" + video.index()));
        args.addAll(VideoArgs.encode(video, 0, spec));
        args.addAll(List.of("-frames:v", "1", "-f", "null", "-"));
        return args;
    }

    /**
     * A search sample: the main video of {@code spec.source()} (a cut of the source holding only that stream)
     * encoded as the full run would encode it, without audio or subtitles.
     */
    public static List<String> sample(EncodeSpec spec) {
        List<String> args = head(spec);
        StreamInfo video = spec.media().mainVideo().orElseThrow();
        args.addAll(List.of("-i", spec.source().toString(), "-map", "0:0"));
        args.addAll(VideoArgs.encode(video, 0, spec));
        args.addAll(List.of("-an", "-sn", "-f", "matroska", spec.output().toString()));
        return args;
    }

    /**
     * A lossless cut (FFV1) of the main video from {@code start} for {@code seconds}: the frames that a
     * sample encode and its score both read, so neither depends on where the source's keyframes are.
     */
    public static List<String> losslessCut(Path source, int stream, double start, double seconds, Path cut) {
        return List.of(
                "ffmpeg",
                "-hide_banner",
                "-nostdin",
                "-y",
                "-v",
                "error",
                "-ss",
                seconds(start),
                "-t",
                seconds(seconds),
                "-i",
                source.toString(),
                "-map",
                "0:" + stream,
                "-c:v",
                "ffv1",
                "-an",
                "-sn",
                "-dn",
                "-f",
                "matroska",
                cut.toString());
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static List<String> head(EncodeSpec spec) {
        List<String> args = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-y", "-v", "error"));
        args.add("-nostats");
        args.addAll(VideoArgs.hardwareInput(spec));
        if (spec.media().formatName() != null && spec.media().formatName().contains("avi")) {
            args.addAll(List.of("-fflags", "+genpts"));
        }
        return args;
    }

    private static List<String> codecArgs(StreamAction action, int out, EncodeSpec spec) {
        return switch (action) {
            case Encode e -> VideoArgs.encode(e.stream(), out, spec);
            case Copy ignored -> List.of("-c:" + out, "copy");
            case Convert c -> List.of("-c:" + out, c.codec());
            case Drop ignored -> List.of();
        };
    }
}
