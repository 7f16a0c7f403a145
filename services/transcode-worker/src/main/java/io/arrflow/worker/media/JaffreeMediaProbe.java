package io.arrflow.worker.media;

import com.github.kokorin.jaffree.StreamType;
import com.github.kokorin.jaffree.ffprobe.FFprobe;
import com.github.kokorin.jaffree.ffprobe.FFprobeResult;
import com.github.kokorin.jaffree.ffprobe.Frame;
import com.github.kokorin.jaffree.ffprobe.SideData;
import com.github.kokorin.jaffree.ffprobe.Stream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** {@link MediaProbe} through Jaffree's ffprobe wrapper (ffprobe from the PATH). */
public final class JaffreeMediaProbe implements MediaProbe {

    @Override
    public MediaInfo probe(Path file) {
        FFprobeResult result;
        try {
            result = FFprobe.atPath()
                    .setShowStreams(true)
                    .setShowFormat(true)
                    .setInput(file)
                    .execute();
        } catch (RuntimeException e) {
            throw new ProbeFailed("ffprobe cannot read " + file.getFileName() + ": " + firstLine(e), e);
        }
        if (result.getFormat() == null || result.getStreams() == null) {
            throw new ProbeFailed("ffprobe found no media in " + file.getFileName(), null);
        }
        Float duration = result.getFormat().getDuration();
        List<StreamInfo> streams = withHdr(
                file,
                result.getStreams(),
                result.getStreams().stream().map(JaffreeMediaProbe::stream).toList());
        return new MediaInfo(result.getFormat().getFormatName(), duration == null ? 0 : duration, size(file), streams);
    }

    private static StreamInfo stream(Stream s) {
        boolean cover = s.getDisposition() != null
                && Boolean.TRUE.equals(s.getDisposition().getAttachedPic());
        return new StreamInfo(
                s.getIndex(),
                kind(s.getCodecType()),
                s.getCodecName() == null ? "unknown" : s.getCodecName(),
                cover,
                bitDepth(s),
                s.getColorPrimaries(),
                s.getColorTransfer(),
                s.getColorSpace(),
                HdrMetadata.NONE);
    }

    /**
     * HDR10 static metadata of the main video, only when it is HDR: from its first frame (HEVC SEI, AV1
     * metadata OBU), else from the stream (container-level: Matroska Colour, MP4 mdcv/clli).
     */
    private static List<StreamInfo> withHdr(Path file, List<Stream> probed, List<StreamInfo> streams) {
        StreamInfo main = streams.stream()
                .filter(StreamInfo::isMainVideoCandidate)
                .findFirst()
                .orElse(null);
        if (main == null || !main.isHdr()) {
            return streams;
        }
        HdrMetadata frame = HdrSideData.from(firstFrameSideData(file, main.index()));
        HdrMetadata stream = HdrSideData.from(lookups(probed.stream()
                .filter(s -> s.getIndex() == main.index())
                .flatMap(s -> nullToEmpty(s.getSideDataList()).stream())
                .toList()));
        return streams.stream()
                .map(s -> s == main ? s.withHdr(frame.or(stream)) : s)
                .toList();
    }

    private static List<Function<String, String>> firstFrameSideData(Path file, int streamIndex) {
        FFprobeResult frames;
        try {
            frames = FFprobe.atPath()
                    .setSelectStreams(String.valueOf(streamIndex))
                    .setReadIntervals("%+#1")
                    .setShowFrames(true)
                    .setShowEntries("frame=stream_index:frame_side_data_list")
                    .setInput(file)
                    .execute();
        } catch (RuntimeException e) {
            throw new ProbeFailed(
                    "ffprobe cannot read the first frame of " + file.getFileName() + ": " + firstLine(e), e);
        }
        return lookups(nullToEmpty(frames.getFrames()).stream()
                .filter(Frame.class::isInstance)
                .map(Frame.class::cast)
                .limit(1)
                .flatMap(f -> nullToEmpty(f.getSideDataList()).stream())
                .toList());
    }

    private static List<Function<String, String>> lookups(List<SideData> sideData) {
        return sideData.stream()
                .<Function<String, String>>map(sd -> key -> Objects.toString(sd.getValue(key), null))
                .toList();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static StreamKind kind(StreamType type) {
        if (type == null) {
            return StreamKind.DATA;
        }
        return switch (type) {
            case VIDEO, VIDEO_NOT_PICTURE -> StreamKind.VIDEO;
            case AUDIO -> StreamKind.AUDIO;
            case SUBTITLE -> StreamKind.SUBTITLE;
            case ATTACHMENT -> StreamKind.ATTACHMENT;
            default -> StreamKind.DATA;
        };
    }

    static int bitDepth(Stream video) {
        String pixFmt = video.getPixFmt() == null ? "" : video.getPixFmt();
        if (pixFmt.contains("12")) {
            return 12;
        }
        if (pixFmt.contains("10")) {
            return 10;
        }
        Integer raw = video.getBitsPerRawSample();
        return raw != null && raw > 8 ? raw : 8;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
