package io.arrflow.worker.hardware;

import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the encoder families this node can use: VAAPI when the render node exists and {@code
 * -init_hw_device vaapi} encodes a frame, QSV derived from that VAAPI device (as Jellyfin does),
 * software always.
 */
public final class HardwareDetector {

    private final Commands commands;
    private final Path renderNode;
    private final Duration timeout;

    public HardwareDetector(Commands commands, Path renderNode, Duration timeout) {
        this.commands = commands;
        this.renderNode = renderNode;
        this.timeout = timeout;
    }

    /** Detects, then keeps only the enabled families; {@code assumed} ones count as present. */
    public Capabilities detect(Collection<EncoderFamily> enabled, Collection<EncoderFamily> assumed) {
        Set<EncoderFamily> usable = EnumSet.of(EncoderFamily.SOFTWARE);
        Map<EncoderFamily, String> missing = new EnumMap<>(EncoderFamily.class);
        for (EncoderFamily family : List.of(EncoderFamily.VAAPI, EncoderFamily.QSV)) {
            String problem = enabled.contains(family) ? problemWith(family) : "disabled by configuration";
            if (problem == null || (assumed.contains(family) && enabled.contains(family))) {
                usable.add(family);
                if (problem != null) {
                    missing.put(family, "assumed present by configuration although " + problem);
                }
            } else {
                missing.put(family, problem);
            }
        }
        return new Capabilities(usable, missing, renderNode);
    }

    private String problemWith(EncoderFamily family) {
        if (!Files.exists(renderNode)) {
            return "no render node " + renderNode;
        }
        CommandResult trial = commands.run(trialCommand(family), timeout);
        return trial.succeeded() ? null : "device trial failed: " + trial.reason();
    }

    List<String> trialCommand(EncoderFamily family) {
        String device = "vaapi=va:" + renderNode;
        return switch (family) {
            case VAAPI ->
                List.of(
                        "ffmpeg",
                        "-hide_banner",
                        "-v",
                        "error",
                        "-init_hw_device",
                        device,
                        "-filter_hw_device",
                        "va",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc2=size=256x144:duration=0.1",
                        "-vf",
                        "format=nv12,hwupload",
                        "-frames:v",
                        "1",
                        "-c:v",
                        "hevc_vaapi",
                        "-f",
                        "null",
                        "-");
            case QSV ->
                List.of(
                        "ffmpeg",
                        "-hide_banner",
                        "-v",
                        "error",
                        "-init_hw_device",
                        device,
                        "-init_hw_device",
                        "qsv=qs@va",
                        "-filter_hw_device",
                        "qs",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc2=size=256x144:duration=0.1",
                        "-vf",
                        "format=nv12,hwupload=extra_hw_frames=16",
                        "-frames:v",
                        "1",
                        "-c:v",
                        "hevc_qsv",
                        "-f",
                        "null",
                        "-");
            case SOFTWARE ->
                List.of(
                        "ffmpeg",
                        "-hide_banner",
                        "-v",
                        "error",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc2=size=256x144:duration=0.1",
                        "-frames:v",
                        "1",
                        "-c:v",
                        "libx265",
                        "-f",
                        "null",
                        "-");
        };
    }
}
