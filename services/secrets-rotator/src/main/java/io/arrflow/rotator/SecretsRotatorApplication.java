package io.arrflow.rotator;

import io.arrflow.rotator.cli.Command;
import io.arrflow.rotator.cli.adapter.Cli;
import io.arrflow.rotator.rotation.RotationOutcome;
import io.arrflow.rotator.rotation.UnknownApp;
import io.arrflow.rotator.rotation.adapter.RotationService;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** secrets-rotator: {@code audit} and {@code init} dispatch before Spring starts; {@code rotate} runs without a web server. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(RotatorProperties.class)
public class SecretsRotatorApplication {

    public static void main(String[] args) {
        Command command = Cli.parse(args);
        switch (command) {
            case Command.Serve ignored -> SpringApplication.run(SecretsRotatorApplication.class, args);
            case Command.Rotate rotate -> System.exit(rotateOnce(rotate.app()));
            default -> System.exit(new Cli(System.out, System.err).runStandalone(command));
        }
    }

    /** Rotates one app with a non-web application context; exit 0 only when the new key is in force. */
    public static int rotateOnce(String app, String... springArgs) {
        SpringApplication application = new SpringApplication(SecretsRotatorApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // One rotation and nothing else: no command consumer, no binding, no start-up recovery.
        java.util.Map<String, Object> onlyThisRotation = java.util.Map.of(
                "arrflow.rotator.commands", "false",
                "arrflow.rotator.recover-at-start-up", "false",
                "spring.cloud.function.definition", "",
                "spring.cloud.stream.function.autodetect", "false");
        application.addInitializers(context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new org.springframework.core.env.MapPropertySource("rotate-once", onlyThisRotation)));
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            RotationOutcome outcome =
                    context.getBean(RotationService.class).rotate(app, "command line", Optional.empty());
            System.out.println(outcome);
            return outcome instanceof RotationOutcome.Rotated ? Cli.OK : Cli.FAILED;
        } catch (UnknownApp e) {
            System.err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
    }
}
