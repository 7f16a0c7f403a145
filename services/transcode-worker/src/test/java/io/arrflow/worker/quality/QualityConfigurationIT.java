package io.arrflow.worker.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.process.Commands;
import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.worker.WorkerProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** The metric the worker starts with, from its configuration and what is installed on this machine. */
@ExtendWith(OutputCaptureExtension.class)
class QualityConfigurationIT {

    private final ApplicationContextRunner worker = new ApplicationContextRunner()
            .withUserConfiguration(BoundProperties.class, QualityConfiguration.class)
            .withBean(Commands.class, ProcessCommands::new);

    @Test
    void auto_picks_vmaf_with_the_ffmpeg_and_model_bin_setup_installed(CapturedOutput output) {
        QualityClips.requireTheVmafInstallation();

        worker.run(context ->
                assertThat(context.getBean(QualityMetric.class).name()).isEqualTo("vmaf"));

        assertThat(output).contains("quality metric: vmaf (auto: the VMAF ffmpeg and its model are there)");
    }

    @Test
    void auto_picks_ssim_when_the_configured_vmaf_ffmpeg_does_not_exist(CapturedOutput output) {
        worker.withPropertyValues("arrflow.worker.quality.vmaf-ffmpeg=/nonexistent/ffmpeg")
                .run(context ->
                        assertThat(context.getBean(QualityMetric.class).name()).isEqualTo("ssim"));

        assertThat(output)
                .contains("quality metric: ssim on VMAF's scale (auto: VMAF is not available, "
                        + "no executable ffmpeg at /nonexistent/ffmpeg");
    }

    @Test
    void auto_picks_ssim_when_the_ffmpeg_has_no_libvmaf(CapturedOutput output) {
        worker.withPropertyValues("arrflow.worker.quality.vmaf-ffmpeg=/usr/bin/ffmpeg")
                .run(context ->
                        assertThat(context.getBean(QualityMetric.class).name()).isEqualTo("ssim"));

        assertThat(output).contains("/usr/bin/ffmpeg has no libvmaf filter");
    }

    @Test
    void vmaf_asked_for_but_missing_stops_the_start_with_the_reason() {
        worker.withPropertyValues(
                        "arrflow.worker.quality.metric=vmaf",
                        "arrflow.worker.quality.vmaf-model=/nonexistent/vmaf_v0.6.1.pkl")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("quality metric vmaf is configured, but the VMAF model "
                                + "/nonexistent/vmaf_v0.6.1.pkl"));
    }

    @Test
    void ssim_asked_for_is_used_without_looking_for_vmaf(CapturedOutput output) {
        worker.withPropertyValues("arrflow.worker.quality.metric=ssim")
                .run(context ->
                        assertThat(context.getBean(QualityMetric.class).name()).isEqualTo("ssim"));

        assertThat(output).contains("quality metric: ssim on VMAF's scale (configured)");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WorkerProperties.class)
    static class BoundProperties {}
}
