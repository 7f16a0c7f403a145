package io.arrflow.worker.encode;

import io.arrflow.transcode.probe.MediaInfo;
import java.nio.file.Path;

/**
 * Everything one ffmpeg run needs.
 *
 * @param container the target container (mkv, mp4): decides the muxer
 * @param renderNode the VAAPI/QSV device for hardware rungs
 * @param processors CPUs of this worker, for the software encoder's threading
 */
public record EncodeSpec(
        Path source,
        Path output,
        String container,
        MediaInfo media,
        StreamPlan streams,
        Profile profile,
        Rung rung,
        Path renderNode,
        int processors) {}
