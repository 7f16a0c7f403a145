package io.arrflow.worker.media;

import java.util.List;
import java.util.Optional;

/**
 * A probed media file.
 *
 * @param formatName ffprobe's format name, e.g. {@code matroska,webm} or {@code mov,mp4,m4a,3gp,3g2,mj2}
 */
public record MediaInfo(String formatName, double durationSeconds, long sizeBytes, List<StreamInfo> streams) {

    public MediaInfo {
        streams = List.copyOf(streams);
    }

    public Optional<StreamInfo> mainVideo() {
        return streams.stream().filter(StreamInfo::isMainVideoCandidate).findFirst();
    }

    public long count(StreamKind kind) {
        return streams.stream().filter(s -> s.kind() == kind).count();
    }

    public boolean isContainer(String container) {
        return formatName != null && ContainerNames.matches(formatName, container);
    }
}
