package io.arrflow.worker.quality;

/**
 * Puts a frame's SSIM on VMAF's 0–100 scale: linear in SSIM's decibel form, {@code −10·log10(1 − SSIM)},
 * clamped to 0–100. The line was fitted to VMAF and SSIM scores of the same encodes; docs/decisions.md has
 * the data and how to measure it again.
 */
public record SsimScale(double intercept, double perDecibel) {

    /** The fit in docs/decisions.md ("SSIM on VMAF's scale"). */
    public static final SsimScale MEASURED = new SsimScale(0, 5);

    /** Which of the ssim filter's figures the fit used: luma, as VMAF itself reads only luma. */
    public static final String COMPONENT = "Y";

    public double toVmaf(double ssim) {
        if (ssim >= 1) {
            return 100;
        }
        double vmaf = intercept + perDecibel * decibels(ssim);
        return Math.clamp(vmaf, 0, 100);
    }

    public static double decibels(double ssim) {
        return -10 * Math.log10(1 - ssim);
    }
}
