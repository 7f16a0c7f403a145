package io.arrflow.transcode.probe.ffprobe;

import com.github.kokorin.jaffree.ffprobe.FFprobeResult;
import com.github.kokorin.jaffree.ffprobe.Format;
import com.github.kokorin.jaffree.ffprobe.Frame;
import com.github.kokorin.jaffree.ffprobe.Packet;
import com.github.kokorin.jaffree.ffprobe.SideData;
import com.github.kokorin.jaffree.ffprobe.Stream;
import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.MediaProbe;
import io.arrflow.transcode.probe.ProbeFailed;
import io.arrflow.transcode.probe.StreamBytes;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.process.Commands;
import io.arrflow.transcode.process.ProcessCommands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one {@link MediaProbe} and {@link StreamBytes}: ffprobe from the PATH, run through {@link Commands} so that it dies with the
 * service that started it, its JSON read by Jaffree. A file whose size cannot be read, or is 0, fails before
 * ffprobe runs.
 */
public final class FfprobeMediaProbe implements MediaProbe, StreamBytes {

    private final FfprobeCommand ffprobe;

    /** With processes of its own (tests, tools). */
    public FfprobeMediaProbe() {
        this(new ProcessCommands());
    }

    public FfprobeMediaProbe(Commands commands) {
        this.ffprobe = new FfprobeCommand(commands);
    }

    @Override
    public MediaInfo probe(Path file) {
        long size = size(file);
        FFprobeResult result = ffprobe.run(file, "", List.of("-show_streams", "-show_format"));
        if (result.getFormat() == null || result.getStreams() == null) {
            throw new ProbeFailed("ffprobe found no media in " + file.getFileName(), null);
        }
        Format format = result.getFormat();
        List<StreamInfo> streams = withHdr(
                file,
                result.getStreams(),
                result.getStreams().stream().map(StreamReading::stream).toList());
        return new MediaInfo(
                format.getFormatName(), orZero(format.getDuration()), size, streams, orZero(format.getStartTime()));
    }

    private static double orZero(Float seconds) {
        return seconds == null ? 0 : seconds;
    }

    @Override
    public long streamBytes(Path file, int stream, double start, double seconds) {
        double end = start + seconds;
        FFprobeResult packets = ffprobe.run(
                file,
                "the packets of ",
                List.of(
                        "-select_streams",
                        String.valueOf(stream),
                        "-read_intervals",
                        String.format(Locale.ROOT, "%.3f%%%.3f", start, end),
                        "-show_entries",
                        "packet=pts_time,dts_time,size"));
        return nullToEmpty(packets.getPackets()).stream()
                .filter(p -> within(time(p), start, end))
                .mapToLong(p -> p.getSize() == null ? 0 : p.getSize())
                .sum();
    }

    private static Float time(Packet packet) {
        return packet.getPtsTime() != null ? packet.getPtsTime() : packet.getDtsTime();
    }

    private static boolean within(Float time, double start, double end) {
        return time != null && time >= start && time < end;
    }

    private static long size(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ProbeFailed("cannot read the size of " + file.getFileName() + ": " + e, e);
        }
        if (size == 0) {
            throw new ProbeFailed(file.getFileName() + " is empty (0 bytes)", null);
        }
        return size;
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
        FFprobeResult frames = ffprobe.run(
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
}
