package io.arrflow.worker.quality;

/**
 * Predicts an output's size from its samples: the source's non-video bytes stay (audio and subtitles are
 * copied), the video bytes scale from what the same stretch cost in the source to what the samples cost.
 *
 * @param sampleSourceVideoBytes what the sampled windows' video takes in the source
 * @param sampleSeconds the sampled windows' length, together
 */
public record SizeModel(long sourceBytes, double durationSeconds, long sampleSourceVideoBytes, double sampleSeconds) {

    public long predict(CrfProbe probe) {
        double videoShare = Math.min(sourceBytes, perSecond(sampleSourceVideoBytes) * durationSeconds);
        double otherBytes = sourceBytes - videoShare;
        return Math.round(otherBytes + probe.videoBytesPerSecond() * durationSeconds);
    }

    private double perSecond(long bytes) {
        return sampleSeconds <= 0 ? 0 : bytes / sampleSeconds;
    }
}
