package io.arrflow.transcode.probe;

import java.util.List;
import java.util.Optional;

/**
 * A probed media file. Both library-watcher's policy and transcode-worker read this, so they judge the same
 * file the same way.
 *
 * @param formatName ffprobe's format name, e.g. {@code matroska,webm} or {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param sizeBytes the file's size; never 0 (an empty file does not probe)
 * @param startSeconds the timestamp the file starts at: 0 for most, later for a recording kept with its own clock
 */
public record MediaInfo(
        String formatName, double durationSeconds, long sizeBytes, List<StreamInfo> streams, double startSeconds) {

    public MediaInfo {
        streams = List.copyOf(streams);
    }

    /** A file that starts at 0. */
    public MediaInfo(String formatName, double durationSeconds, long sizeBytes, List<StreamInfo> streams) {
        this(formatName, durationSeconds, sizeBytes, streams, 0);
    }

    /** The first video stream that is not cover art. */
    public Optional<StreamInfo> mainVideo() {
        return streams.stream().filter(StreamInfo::isMainVideoCandidate).findFirst();
    }

    /** The main video's codec, or null when the file has no video (music, an audio book). */
    public String videoCodec() {
        return mainVideo().map(StreamInfo::codec).orElse(null);
    }

    /** The main video's bits per colour component, or 0 without video. */
    public int bitDepth() {
        return mainVideo().map(StreamInfo::bitDepth).orElse(0);
    }

    public StreamInfo.Picture picture() {
        return mainVideo().map(StreamInfo::picture).orElse(StreamInfo.Picture.NONE);
    }

    /**
     * How long the picture and the sound last as the container declares them: the longest video (cover art
     * aside) or audio stream, else the whole file's duration. A subtitle track that outlasts them does not count.
     */
    public double playingSeconds() {
        return streams.stream()
                .filter(s -> s.isMainVideoCandidate() || s.kind() == StreamKind.AUDIO)
                .mapToDouble(StreamInfo::durationSeconds)
                .filter(seconds -> seconds > 0)
                .max()
                .orElse(durationSeconds);
    }

    public long count(StreamKind kind) {
        return streams.stream().filter(s -> s.kind() == kind).count();
    }

    public boolean isContainer(String container) {
        return formatName != null && ContainerNames.matches(formatName, container);
    }
}
