package io.arrflow.worker.quality;

import io.arrflow.transcode.process.Commands;
import io.arrflow.worker.WorkerProperties;
import io.arrflow.worker.quality.adapter.FfmpegSsim;
import io.arrflow.worker.quality.adapter.FfmpegVmaf;
import io.arrflow.worker.quality.adapter.VmafInstallation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The quality metric, chosen once at start-up: VMAF where its ffmpeg and model are, SSIM otherwise. */
@Configuration(proxyBeanMethods = false)
class QualityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(QualityConfiguration.class);

    @Bean
    QualityMetric qualityMetric(WorkerProperties properties, Commands commands) {
        WorkerProperties.Quality quality = properties.quality();
        VmafInstallation vmaf = new VmafInstallation(commands, quality.vmafFfmpeg(), quality.vmafModel());
        MetricChoice choice = MetricChoice.of(quality.metric(), vmaf::problem);
        if (choice.vmaf()) {
            log.info(
                    "quality metric: vmaf ({}) with {} and model {}",
                    choice.reason(),
                    quality.vmafFfmpeg(),
                    quality.vmafModel());
            return new FfmpegVmaf(commands, quality.vmafFfmpeg(), quality.vmafModel(), quality.timeout());
        }
        log.info("quality metric: ssim on VMAF's scale ({})", choice.reason());
        return new FfmpegSsim(commands, "ffmpeg", SsimScale.MEASURED, quality.timeout());
    }
}
