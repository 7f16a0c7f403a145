package io.arrflow.worker.quality.adapter;

import io.arrflow.worker.quality.VideoClip;

/**
 * Pieces of the filtergraphs that compare two clips: the distorted clip is input 0, the reference input 1,
 * and each ends as a labelled stream of 8-bit 4:2:0 frames numbered from 0.
 */
final class FilterGraph {

    static final String DISTORTED = "[dist]";
    static final String REFERENCE = "[ref]";

    /**
     * Both clips are compared in 8 bits. libvmaf 1.x in ffmpeg 4.1 takes 10-bit frames but does not scale
     * them to the range its 8-bit-trained model expects: the same 8-bit encode upsampled to 10 bits scored 2
     * to 7 points lower, while a 10-bit encode brought down to 8 bits scored as its 8-bit twin. Without
     * dithering, equal 10-bit pixels of encode and source stay equal. VMAF reads luma only, so 4:2:0 loses
     * it nothing; SSIM uses the same frames so that its fit onto VMAF holds.
     */
    private static final String COMPARED_AS = "scale=sws_dither=none,format=yuv420p";

    private FilterGraph() {}

    /**
     * Both clips, their frames paired by position and the distorted one scaled to the reference's size.
     * Renumbering the frames pairs frame n with frame n whatever the timestamps say: an output's start time,
     * time base or declared frame rate may differ from its source's although it holds the same frames.
     */
    static String alignedInputs(VideoClip distorted, VideoClip reference, String extra) {
        return "[0:" + distorted.stream() + "]" + numbered(extra) + "[d0];"
                + "[1:" + reference.stream() + "]" + numbered(extra) + "[r0];"
                + "[d0][r0]scale2ref=flags=bicubic[d1][r1];"
                + "[d1]" + COMPARED_AS + DISTORTED + ";"
                + "[r1]" + COMPARED_AS + REFERENCE;
    }

    static void checkSubsample(int subsample) {
        if (subsample < 1) {
            throw new IllegalArgumentException("subsample is 1 (every frame) or more: " + subsample);
        }
    }

    private static String numbered(String extra) {
        return "settb=1/25,setpts=N" + (extra.isEmpty() ? "" : "," + extra);
    }

    /**
     * A filter option's value, escaped for both levels ffmpeg parses: the option list of one filter
     * ({@code :} separates options) and the graph ({@code [],;} separate filters and links).
     */
    static String value(String raw) {
        String option = raw.replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\:");
        StringBuilder graph = new StringBuilder();
        for (char c : option.toCharArray()) {
            if ("\\'[],;".indexOf(c) >= 0) {
                graph.append('\\');
            }
            graph.append(c);
        }
        return graph.toString();
    }
}
