package io.arrflow.alerts;

import io.arrflow.platform.security.BasicAuthenticator;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.EnableScheduling;

/** alert-bridge: arrflow events and Alertmanager webhooks → grouped notifications on the channels people use. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(AlertsProperties.class)
public class AlertBridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlertBridgeApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Basic on {@code /alertmanager} when {@code ARRFLOW_ALERTS_ALERTMANAGER_USERNAME}/{@code _PASSWORD} are set. */
    @Bean
    @Conditional(BasicCredentialsSet.class)
    BasicAuthenticator alertmanagerBasicAuth(AlertsProperties properties) {
        return new BasicAuthenticator(
                "/alertmanager",
                properties.alertmanager().username(),
                properties.alertmanager().password());
    }
}
