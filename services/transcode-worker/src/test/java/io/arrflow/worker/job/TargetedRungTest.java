package io.arrflow.worker.job;

import static io.arrflow.worker.job.WorkerJobs.aJobForThePilot;
import static io.arrflow.worker.job.WorkerJobs.contextOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import io.arrflow.worker.encode.EncodeSpec;
import io.arrflow.worker.encode.Profile;
import io.arrflow.worker.encode.Rung;
import io.arrflow.worker.encode.StreamPlan;
import io.arrflow.worker.hardware.EncoderFamily;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.QualityTarget;
import io.arrflow.worker.quality.SampleWindows;
import io.arrflow.worker.quality.VideoClip;
import io.arrflow.worker.verify.Expectation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisions around a targeted encode, with ffmpeg and the metric replaced: scores come from a formula of
 * the CRF a sample was encoded at, the full outputs' scores from a list. The real thing runs in QualitySearchIT.
 */
class TargetedRungTest {

    private static final Pattern SAMPLE_CRF = Pattern.compile("crf(\\d+)");
    private static final long SOURCE_BYTES = 1_000_000;

    @TempDir
    Path scratch;

    private final InMemoryJobRegistry registry = new InMemoryJobRegistry();
    private final List<Integer> fullEncodes = new ArrayList<>();
    private final Deque<Double> gateScores = new ArrayDeque<>();
    private IntToDoubleFunction sampleMean = crf -> 110 - 0.5 * crf;
    private long sampleBytesPerSecond = 2_000;
    private String failingSample = "no sample fails";
    private RunTranscode job;

    @BeforeEach
    void aRunningJob() {
        job = aJobForThePilot();
        registry.queued(job);
        registry.claim(job.jobId(), "w1", "libx265");
    }

    @Test
    void the_full_encode_runs_at_the_highest_crf_the_samples_allow_and_the_gate_records_its_scores() {
        gateScores.add(96.0);

        Optional<LadderResult> result = rung().attempt(attempt(), spec(Rung.SOFTWARE));

        assertThat(result).containsInstanceOf(LadderResult.Verified.class);
        assertThat(fullEncodes).containsExactly(30);
        QualityReport quality = registry.status(job.jobId()).orElseThrow().quality();
        assertThat(quality.crf()).isEqualTo(30);
        assertThat(quality.samples()).extracting(QualityReport.Sample::crf).contains(25, 30);
        assertThat(quality.output().mean()).isEqualTo(96.0);
        assertThat(quality.target()).isEqualTo(new QualityReport.Target(95, 90));
    }

    @Test
    void content_no_crf_can_save_ends_unreachable_without_a_full_encode() {
        sampleMean = crf -> 62 - 0.1 * crf;

        Optional<LadderResult> result = rung().attempt(attempt(), spec(Rung.SOFTWARE));

        assertThat(result).containsInstanceOf(LadderResult.Unreachable.class);
        assertThat(((LadderResult.Unreachable) result.orElseThrow()).reason())
                .startsWith("quality-unreachable: no CRF in 16–36 reaches vmaf mean 95.0 / 5th percentile 90.0");
        assertThat(fullEncodes).isEmpty();
    }

    @Test
    void a_predicted_size_over_the_ratio_ends_not_beneficial_without_a_full_encode() {
        sampleBytesPerSecond = 500_000;

        Optional<LadderResult> result = rung().attempt(attempt(), spec(Rung.SOFTWARE));

        assertThat(result).containsInstanceOf(LadderResult.TooLarge.class);
        assertThat(((LadderResult.TooLarge) result.orElseThrow()).reason()).contains("predicted output");
        assertThat(fullEncodes).isEmpty();
    }

    @Test
    void an_output_under_the_target_is_encoded_once_more_at_a_lower_crf() {
        gateScores.add(93.0);
        gateScores.add(95.5);

        Optional<LadderResult> result = rung().attempt(attempt(), spec(Rung.SOFTWARE));

        assertThat(result).containsInstanceOf(LadderResult.Verified.class);
        assertThat(fullEncodes).hasSize(2);
        assertThat(fullEncodes.get(1)).isLessThan(fullEncodes.get(0));
        assertThat(registry.status(job.jobId()).orElseThrow().quality().crf()).isEqualTo(fullEncodes.get(1));
    }

    @Test
    void an_output_under_the_target_twice_fails_with_the_numbers() {
        gateScores.add(93.0);
        gateScores.add(94.0);

        Optional<LadderResult> result = rung().attempt(attempt(), spec(Rung.SOFTWARE));

        assertThat(result).containsInstanceOf(LadderResult.BelowTarget.class);
        assertThat(((LadderResult.BelowTarget) result.orElseThrow()).reason())
                .contains("mean 94.0")
                .contains("under the target mean 95.0 / 5th percentile 90.0");
        assertThat(fullEncodes).hasSize(2);
    }

    @Test
    void an_output_under_the_target_after_a_hardware_decode_hands_over_to_the_next_rung() {
        gateScores.add(40.0);
        List<String> history = new ArrayList<>();

        Optional<LadderResult> result = rung().attempt(attempt(history), spec(new Rung(EncoderFamily.VAAPI, true)));

        assertThat(result).isEmpty();
        assertThat(fullEncodes).hasSize(1);
        assertThat(history.getLast()).contains("after a hardware decode; trying a software decode");
    }

    @Test
    void a_window_that_cannot_be_encoded_fails_the_rung_with_its_reason() {
        failingSample = "sample-1-";
        List<String> history = new ArrayList<>();

        Optional<LadderResult> result = rung().attempt(attempt(history), spec(Rung.SOFTWARE));

        assertThat(result).isEmpty();
        assertThat(fullEncodes).isEmpty();
        assertThat(history.getLast()).contains("quality search: sample encode at CRF 25 failed");
    }

    @Test
    void a_library_target_on_the_job_wins_over_the_default() {
        RunTranscode strict = new RunTranscode(
                job.jobId(),
                job.path(),
                job.profile(),
                job.plan(),
                job.encoder(),
                job.targetContainer(),
                job.source(),
                job.arrItem(),
                new QualityReport.Target(99, 97));
        QualityControl control = control();

        assertThat(control.targetOf(contextOf(strict, scratch.resolve("e01.mkv"))))
                .isEqualTo(new QualityTarget(99, 97));
        assertThat(control.targetOf(contextOf(job, scratch.resolve("e01.mkv")))).isEqualTo(QualityTarget.DEFAULT);
    }

    private TargetedRung rung() {
        return new TargetedRung(control(), registry, (run, spec) -> {
            fullEncodes.add(spec.profile().quality());
            return Optional.of(new LadderResult.Verified("libx265", 400_000, 10, 50, run.history()));
        });
    }

    private QualityControl control() {
        Commands ffmpeg = new Commands() {
            @Override
            public CommandResult run(List<String> command, Duration timeout, Consumer<String> stdout) {
                boolean fails = command.stream().anyMatch(arg -> arg.contains(failingSample));
                return new CommandResult(fails ? 1 : 0, fails ? List.of("Unknown encoder") : List.of());
            }

            @Override
            public void abortAll() {}
        };
        QualityMetric metric = new QualityMetric() {
            @Override
            public String name() {
                return "vmaf";
            }

            @Override
            public QualityScores score(VideoClip distorted, VideoClip reference, int subsample) {
                Matcher crf = SAMPLE_CRF.matcher(distorted.file().getFileName().toString());
                double mean = crf.find() ? sampleMean.applyAsDouble(Integer.parseInt(crf.group(1))) : gateScores.pop();
                return new QualityScores("vmaf", mean, mean - 2, mean - 4, 100);
            }
        };
        TargetSearch search = new TargetSearch(
                ffmpeg,
                // each sample covers 10/3 s; the source's video is all of its bytes
                (file, stream, start, seconds) ->
                        SAMPLE_CRF.matcher(file.toString()).find() ? sampleBytesPerSecond * 10 / 3 : SOURCE_BYTES,
                metric,
                new SampleWindows(3, 4, 0.1),
                5,
                1,
                scratch);
        return new QualityControl(
                search, new QualityGate(metric, Duration.ofMinutes(30), 1), QualityTarget.DEFAULT, 0.95);
    }

    private LadderRun.RungAttempt attempt() {
        return attempt(new ArrayList<>());
    }

    private LadderRun.RungAttempt attempt(List<String> history) {
        Expectation expected = new Expectation("hevc", 100, 1, 0, SOURCE_BYTES, true);
        return new LadderRun.RungAttempt(
                contextOf(job, scratch.resolve("e01.mkv")), "libx265", expected, history, progress -> {});
    }

    private EncodeSpec spec(Rung rung) {
        MediaInfo media = new MediaInfo(
                "matroska,webm",
                100,
                SOURCE_BYTES,
                List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264"), StreamInfo.of(1, StreamKind.AUDIO, "aac")));
        return new EncodeSpec(
                scratch.resolve("e01.mkv"),
                scratch.resolve(".e01.tmp"),
                "mkv",
                media,
                StreamPlan.of(media, "mkv", true),
                Profile.HEVC,
                rung,
                Path.of("/dev/dri/renderD128"),
                2);
    }
}
