package io.arrflow.worker.media;

import com.github.kokorin.jaffree.StreamType;
import com.github.kokorin.jaffree.ffprobe.FFprobe;
import com.github.kokorin.jaffree.ffprobe.FFprobeResult;
import com.github.kokorin.jaffree.ffprobe.Stream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        List<StreamInfo> streams =
                result.getStreams().stream().map(JaffreeMediaProbe::stream).toList();
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
                s.getColorSpace());
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
