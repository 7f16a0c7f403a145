package io.arrflow.worker.encode;

import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.worker.encode.StreamAction.Convert;
import io.arrflow.worker.encode.StreamAction.Copy;
import io.arrflow.worker.encode.StreamAction.Drop;
import java.util.Set;

/** What an output container accepts as it is, and what becomes of the rest. */
final class ContainerRules {

    private static final Set<String> BITMAP_SUBTITLES = Set.of("hdmv_pgs_subtitle", "dvd_subtitle", "dvb_subtitle");
    private static final Set<String> TEXT_SUBTITLES = Set.of("subrip", "srt", "ass", "ssa", "webvtt", "text");
    private static final Set<String> MP4_AUDIO = Set.of("aac", "ac3", "eac3", "mp3", "opus", "flac", "alac", "dts");

    private ContainerRules() {}

    /** The action for a stream other than the main video. */
    static StreamAction forStream(StreamInfo stream, String container) {
        boolean mp4 = "mp4".equals(container) || "m4v".equals(container);
        return switch (stream.kind()) {
            case VIDEO -> new Copy(stream);
            case AUDIO -> mp4 ? mp4Audio(stream) : new Copy(stream);
            case SUBTITLE -> mp4 ? mp4Subtitle(stream) : mkvSubtitle(stream);
            case ATTACHMENT -> mp4 ? new Drop(stream, "mp4 cannot hold attachments (fonts)") : new Copy(stream);
            case DATA -> new Drop(stream, "data stream " + stream.codec() + " is not kept");
        };
    }

    private static StreamAction mp4Audio(StreamInfo stream) {
        return MP4_AUDIO.contains(stream.codec())
                ? new Copy(stream)
                : new Convert(stream, "aac", stream.codec() + " audio is not accepted by mp4");
    }

    private static StreamAction mp4Subtitle(StreamInfo stream) {
        if ("mov_text".equals(stream.codec())) {
            return new Copy(stream);
        }
        if (TEXT_SUBTITLES.contains(stream.codec())) {
            return new Convert(stream, "mov_text", stream.codec() + " subtitles become mov_text in mp4");
        }
        return new Drop(stream, stream.codec() + " subtitles cannot go into mp4");
    }

    private static StreamAction mkvSubtitle(StreamInfo stream) {
        if ("mov_text".equals(stream.codec())) {
            return new Convert(stream, "srt", "mov_text subtitles become srt in mkv");
        }
        if (TEXT_SUBTITLES.contains(stream.codec()) || BITMAP_SUBTITLES.contains(stream.codec())) {
            return new Copy(stream);
        }
        return new Drop(stream, stream.codec() + " subtitles cannot go into mkv");
    }
}
