package io.arrflow.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * transcode-worker's configuration, under {@code arrflow.worker} (environment {@code ARRFLOW_WORKER_...}).
 * Every key is documented in the module README.
 *
 * @param name this worker's name in status and events; the host name when empty
 * @param concurrency encode slots: jobs run at the same time, one unacknowledged job per slot; two by
 *     default, so one job's probe, verification and swap overlap the other's encode
 * @param encoders encoder families this node may use, if detected: software, vaapi, qsv
 * @param pathMappings {@code /job/path=/worker/path}, comma-separated, longest prefix wins
 * @param stateDir where each running job's journal lives; must survive a restart (a volume); by default
 *     {@code ~/.local/state/arrflow-worker}
 * @param gracePeriod on SIGTERM, how long running jobs may finish before they are aborted and requeued
 * @param pollInterval how often an idle slot looks for a job
 * @param progressInterval at most one progress update (Redis and event) per interval
 * @param statusRetention how long a finished job's status stays in Redis
 * @param quality the quality metric (VMAF or SSIM), the target, its search on samples before a full encode and
 *     its gate after it
 */
@ConfigurationProperties("arrflow.worker")
public record WorkerProperties(
        @DefaultValue("") String name,
        @DefaultValue("2") int concurrency,
        @DefaultValue({"software", "vaapi", "qsv"}) List<String> encoders,
        @DefaultValue Hardware hardware,
        @DefaultValue Map<String, ProfileSettings> profiles,
        @DefaultValue List<String> pathMappings,
        @DefaultValue Temp temp,
        @DefaultValue Verify verify,
        @DefaultValue Quality quality,
        @DefaultValue SourceCheck sourceCheck,
        @DefaultValue Swap swap,

        Path stateDir,

        @DefaultValue("2m") Duration gracePeriod,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("1s") Duration progressInterval,
        @DefaultValue("7d") Duration statusRetention) {

    public WorkerProperties {
        // Not a @DefaultValue: the binder takes its text as it is, so "${user.home}" would be a folder of that name
        // in the working directory.
        if (stateDir == null) {
            stateDir = Path.of(System.getProperty("user.home"), ".local", "state", "arrflow-worker");
        }
    }

    /**
     * @param renderNode the VAAPI/QSV render node
     * @param assume families to treat as present even when detection fails (e.g. to exercise the ladder)
     * @param trialTimeout limit of the start-up device trial and of each one-frame trial
     */
    public record Hardware(
            @DefaultValue("/dev/dri/renderD128") Path renderNode,
            @DefaultValue List<String> assume,
            @DefaultValue("30s") Duration trialTimeout) {}

    /**
     * Overrides of a profile; unset fields keep the built-in value (profiles {@code hevc}, {@code av1}).
     *
     * @param codec target video codec: hevc or av1
     * @param softwareEncoder libx265 or libsvtav1
     * @param preset the software encoder's preset
     * @param quality CRF for software, QP for VAAPI, global_quality for QSV; where a quality search starts
     * @param minQuality the lowest CRF a quality search may choose
     * @param maxQuality the highest CRF a quality search may choose
     * @param targetMean this profile's quality target (mean), instead of the worker's
     * @param targetP5 this profile's quality target (5th percentile), instead of the worker's
     */
    public record ProfileSettings(
            String codec,
            String softwareEncoder,
            String preset,
            Integer quality,
            Integer minQuality,
            Integer maxQuality,
            Double targetMean,
            Double targetP5) {}

    /**
     * @param location BESIDE_ORIGINAL (hidden temp file in the original's folder) or DIRECTORY
     * @param directory scratch folder for DIRECTORY; the verified output is then copied beside the original
     * @param minFree free space that must remain on a temp location after the output (≈ source size) is written
     */
    public record Temp(
            @DefaultValue("BESIDE_ORIGINAL") TempLocation location,
            Path directory,
            @DefaultValue("1GB") DataSize minFree) {}

    public enum TempLocation {
        BESIDE_ORIGINAL,
        DIRECTORY
    }

    /**
     * @param sizeRatio an output above source size × ratio is discarded as not beneficial
     * @param durationTolerance allowed duration difference (or 1 % of the duration, whichever is larger)
     * @param maxDecodeErrors errors tolerated in the full decode pass of the output
     */
    public record Verify(
            @DefaultValue("0.95") double sizeRatio,
            @DefaultValue("500ms") Duration durationTolerance,
            @DefaultValue("0") int maxDecodeErrors) {}

    /**
     * @param enabled search each transcode's CRF on samples and gate its output; false: the profile's fixed CRF,
     *     no scoring
     * @param targetMean the mean score (VMAF scale) an output must reach, unless its profile or library sets one
     * @param targetP5 the 5th-percentile score an output must reach
     * @param samples how many windows of the source a search encodes
     * @param sampleLength the length of each window
     * @param sampleShare the most of a file the windows may cover together (short files get shorter windows)
     * @param maxProbes the most CRFs a search encodes its samples at
     * @param wholeFileGate up to this length the gate scores {@code gateFrameStep}-th frames over the whole
     *     output; a longer file proportionally fewer, so a gate never costs more than this much video's worth
     * @param gateFrameStep the gate scores every n-th frame: VMAF 1.x scores about 8 frames/s of 720p on two
     *     cores, six times slower than libx265 fast encodes them, so scoring every frame would cost more than
     *     the encode
     * @param searchFrameStep the search scores every n-th frame of its samples
     * @param scratch where samples are cut and encoded; the system's temp folder when empty
     * @param metric AUTO (VMAF when {@code vmafFfmpeg} runs, has the libvmaf filter and the model is there,
     *     else SSIM), VMAF (start-up fails without it) or SSIM
     * @param vmafFfmpeg an ffmpeg built with libvmaf 1.x; bin/setup installs a static one here
     * @param vmafModel libvmaf 1.x model file ({@code .pkl}, its {@code .pkl.model} beside it)
     * @param timeout the longest one scoring may run
     */
    public record Quality(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("95") double targetMean,
            @DefaultValue("90") double targetP5,
            @DefaultValue("3") int samples,
            @DefaultValue("4s") Duration sampleLength,
            @DefaultValue("0.1") double sampleShare,
            @DefaultValue("4") int maxProbes,
            @DefaultValue("30m") Duration wholeFileGate,
            @DefaultValue("5") int gateFrameStep,
            @DefaultValue("2") int searchFrameStep,
            Path scratch,
            @DefaultValue("auto") MetricSelection metric,
            @DefaultValue("/opt/arrflow/ffmpeg-vmaf/ffmpeg") Path vmafFfmpeg,

            @DefaultValue("/opt/arrflow/ffmpeg-vmaf/vmaf_v0.6.1.pkl")
            Path vmafModel,

            @DefaultValue("12h") Duration timeout) {}

    /**
     * The look at a source's own health before it is transcoded or remuxed: a source beyond these limits ends
     * its job SOURCE_DAMAGED and is left as it is.
     *
     * @param maxDecodeErrors errors tolerated when the source's video and audio are decoded
     * @param durationTolerance how far the decoded duration may fall short of the declared one (or 1 % of
     *     it, whichever is larger)
     */
    public record SourceCheck(
            @DefaultValue("0") int maxDecodeErrors,
            @DefaultValue("500ms") Duration durationTolerance) {}

    /**
     * @param keepOriginal keep the replaced original beside the output, with {@code keptSuffix} appended
     * @param keptSuffix suffix of a kept original
     * @param pause a pause between moving the original aside and moving the output in; for crash tests only
     */
    public record Swap(
            @DefaultValue("false") boolean keepOriginal,
            @DefaultValue(".original") String keptSuffix,
            @DefaultValue("0s") Duration pause) {}

    public enum MetricSelection {
        AUTO,
        VMAF,
        SSIM
    }
}
