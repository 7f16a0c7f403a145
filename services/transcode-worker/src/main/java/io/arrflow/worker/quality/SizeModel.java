package io.arrflow.worker.quality;

/**
 * Predicts an output's size from its samples: the streams other than the video are copied and stay, and the
 * video shrinks (or grows) by the ratio the samples showed between their encode and the same stretch of the
 * source. A ratio, not a bitrate: the sampled windows may be calmer or busier than the rest of the file, but
 * the encoder treats calm and busy stretches alike in proportion.
 *
 * @param sourceVideoBytes the source's main video, all of it
 * @param sampleSourceVideoBytes what the sampled windows' video takes in the source
 */
public record SizeModel(long sourceBytes, long sourceVideoBytes, long sampleSourceVideoBytes) {

    public long predict(CrfProbe probe) {
        long video = Math.min(sourceBytes, sourceVideoBytes);
        if (sampleSourceVideoBytes <= 0) {
            return sourceBytes;
        }
        double ratio = (double) probe.videoBytes() / sampleSourceVideoBytes;
        return Math.round(sourceBytes - video + video * ratio);
    }
}
