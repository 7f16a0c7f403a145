package io.arrflow.worker.media;

import com.github.kokorin.jaffree.StreamType;
import com.github.kokorin.jaffree.ffprobe.FFprobeResult;
import com.github.kokorin.jaffree.ffprobe.Frame;
import com.github.kokorin.jaffree.ffprobe.SideData;
import com.github.kokorin.jaffree.ffprobe.Stream;
import com.github.kokorin.jaffree.ffprobe.data.JsonFormatParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MediaProbe} with ffprobe (from the PATH), run as a worker process through {@link Commands} so that it
 * dies with the worker; Jaffree reads its JSON. What ffprobe says on stderr is logged with the file's name:
 * errors in a file it could read at WARN, its warnings (e.g. {@code Unsupported codec with id 98304} for a
 * font attachment, which is kept) at DEBUG; when it cannot read the file, its errors are the failure's reason.
 */
public final class JaffreeMediaProbe implements MediaProbe {

    private static final Logger log = LoggerFactory.getLogger(JaffreeMediaProbe.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Commands commands;

    /** With processes of its own (tests, tools). */
    public JaffreeMediaProbe() {
        this(new ProcessCommands());
    }

    public JaffreeMediaProbe(Commands commands) {
        this.commands = commands;
    }

    @Override
    public MediaInfo probe(Path file) {
        if (isEmpty(file)) {
            throw new ProbeFailed(file.getFileName() + " is empty (0 bytes)", null);
        }
        FFprobeResult result = ffprobe(file, "", List.of("-show_streams", "-show_format"));
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

    private FFprobeResult ffprobe(Path file, String what, List<String> options) {
        List<String> command = new ArrayList<>(
                List.of("ffprobe", "-hide_banner", "-loglevel", "level+warning", "-print_format", "json"));
        command.addAll(options);
        command.addAll(List.of("-i", file.toString()));
        StringBuilder json = new StringBuilder();
        CommandResult result =
                commands.run(command, TIMEOUT, line -> json.append(line).append('\n'));
        List<StderrLine> said = result.errorLines().stream()
                .filter(line -> !line.isBlank())
                .map(StderrLine::parse)
                .toList();
        if (!result.succeeded()) {
            said.forEach(line -> log.debug("ffprobe cannot read {}: {}", file, line.text()));
            throw new ProbeFailed(
                    "ffprobe cannot read " + what + file.getFileName() + ": " + cause(file, said, result), null);
        }
        said.forEach(line -> logRead(file, line));
        try {
            return new FFprobeResult(new JsonFormatParser()
                    .parse(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (RuntimeException e) {
            throw new ProbeFailed(
                    "ffprobe's answer about " + file.getFileName() + " is unreadable: " + firstLine(e), e);
        }
    }

    /** ffprobe's errors, in order and once each; else its last line. */
    private static String cause(Path file, List<StderrLine> said, CommandResult result) {
        List<String> errors = said.stream()
                .filter(line -> line.severity() == StderrLine.Severity.ERROR)
                .map(line -> line.about(file.toString()))
                .distinct()
                .toList();
        return errors.isEmpty() ? result.reason() : String.join("; ", errors);
    }

    private static void logRead(Path file, StderrLine line) {
        switch (line.severity()) {
            case ERROR -> log.warn("ffprobe read {} but found: {}", file, line.about(file.toString()));
            case WARNING, OTHER -> log.debug("ffprobe on {}: {}", file, line.about(file.toString()));
        }
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
    private List<StreamInfo> withHdr(Path file, List<Stream> probed, List<StreamInfo> streams) {
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

    private List<Function<String, String>> firstFrameSideData(Path file, int streamIndex) {
        FFprobeResult frames = ffprobe(
                file,
                "the first frame of ",
                List.of(
                        "-select_streams",
                        String.valueOf(streamIndex),
                        "-read_intervals",
                        "%+#1",
                        "-show_frames",
                        "-show_entries",
                        "frame=stream_index:frame_side_data_list"));
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

    private static boolean isEmpty(Path file) {
        return Files.isRegularFile(file) && size(file) == 0;
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
