package io.arrflow.watcher.probe;

import com.github.kokorin.jaffree.StreamType;
import com.github.kokorin.jaffree.ffprobe.FFprobe;
import com.github.kokorin.jaffree.ffprobe.FFprobeResult;
import com.github.kokorin.jaffree.ffprobe.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@link MediaProbe} through Jaffree's ffprobe wrapper (ffprobe from the PATH). */
public final class JaffreeProbe implements MediaProbe {

    @Override
    public ProbeResult probe(Path file) {
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
        return toResult(file, result);
    }

    private static ProbeResult toResult(Path file, FFprobeResult result) {
        List<Stream> streams = result.getStreams();
        Optional<Stream> video =
                streams.stream().filter(JaffreeProbe::isMainVideo).findFirst();
        Float duration = result.getFormat().getDuration();
        return new ProbeResult(
                result.getFormat().getFormatName(),
                video.map(Stream::getCodecName).orElse(null),
                video.map(JaffreeProbe::bitDepth).orElse(0),
                duration == null ? 0 : duration,
                video.map(Stream::getWidth).orElse(0),
                video.map(Stream::getHeight).orElse(0),
                size(file, result),
                count(streams, StreamType.AUDIO),
                count(streams, StreamType.SUBTITLE));
    }

    private static boolean isMainVideo(Stream stream) {
        boolean coverArt = stream.getDisposition() != null
                && Boolean.TRUE.equals(stream.getDisposition().getAttachedPic());
        return stream.getCodecType() == StreamType.VIDEO && !coverArt;
    }

    static int bitDepth(Stream video) {
        if (video.getBitsPerRawSample() != null && video.getBitsPerRawSample() > 0) {
            return video.getBitsPerRawSample();
        }
        String pixFmt = video.getPixFmt() == null ? "" : video.getPixFmt();
        if (pixFmt.contains("12")) {
            return 12;
        }
        return pixFmt.contains("10") ? 10 : 8;
    }

    private static int count(List<Stream> streams, StreamType type) {
        return (int) streams.stream().filter(s -> s.getCodecType() == type).count();
    }

    private static long size(Path file, FFprobeResult result) {
        Long size = result.getFormat().getSize();
        if (size != null) {
            return size;
        }
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
