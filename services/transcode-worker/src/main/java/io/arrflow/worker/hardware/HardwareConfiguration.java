package io.arrflow.worker.hardware;

import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.transcode.process.Commands;
import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.worker.WorkerProperties;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Process and probe adapters, and what this node can encode with (detected once, at start-up). */
@Configuration(proxyBeanMethods = false)
class HardwareConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HardwareConfiguration.class);

    @Bean
    Commands commands() {
        ProcessCommands commands = new ProcessCommands();
        if (commands.tiedToWorker()) {
            log.info("{}", commands.lifetime());
        } else {
            log.warn("{}", commands.lifetime());
        }
        return commands;
    }

    /** The one ffprobe adapter, as {@code MediaProbe} and as {@code StreamBytes}. */
    @Bean
    FfprobeMediaProbe mediaProbe(Commands commands) {
        return new FfprobeMediaProbe(commands);
    }

    @Bean
    Capabilities capabilities(WorkerProperties properties, Commands commands) {
        WorkerProperties.Hardware hardware = properties.hardware();
        HardwareDetector detector = new HardwareDetector(commands, hardware.renderNode(), hardware.trialTimeout());
        Capabilities capabilities = detector.detect(families(properties.encoders()), families(hardware.assume()));
        log.info("hardware detection: {}", capabilities.describe());
        return capabilities;
    }

    static List<EncoderFamily> families(Collection<String> names) {
        return names.stream()
                .map(name -> EncoderFamily.fromWireName(name.trim())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "unknown encoder family '" + name + "' (use software, vaapi or qsv)")))
                .toList();
    }
}
