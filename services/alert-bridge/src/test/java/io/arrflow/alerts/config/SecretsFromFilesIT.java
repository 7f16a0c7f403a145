package io.arrflow.alerts.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.AlertBridgeApplication;
import io.arrflow.alerts.channel.Channels;
import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.platform.secrets.OperatingSystemEnvironment;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Channel URLs come from Docker secret files (or the environment) and never show in the log. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsFromFilesIT {

    @Test
    void channel_urls_are_read_from_secret_files_and_logged_masked(@TempDir Path secrets, CapturedOutput output)
            throws Exception {
        Path notify = Files.writeString(
                secrets.resolve("notify_urls"),
                "discord://4242/file-secret-discord, ntfys://tk_filesecret@ntfy.example.org/arr\n");
        Path phone = Files.writeString(secrets.resolve("phone"), "gotifys://gotify.example.org/FileSecretGotify\n");
        Map<String, Object> variables = Map.of(
                "ARRFLOW_NOTIFY_URLS_FILE", notify.toString(),
                "ARRFLOW_ALERTS_CHANNELS_PHONE_FILE", phone.toString());
        List<String> args = new ArrayList<>();
        for (String p : TestBroker.springProperties("alert-bridge")) {
            args.add("--" + p);
        }
        args.addAll(List.of(
                "--server.port=0",
                "--spring.data.redis.host=" + TestRedis.HOST,
                "--spring.data.redis.port=" + TestRedis.port(),
                "--spring.data.redis.database=4",
                "--arrflow.api.token=" + AlertBridgeRunner.TOKEN));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AlertBridgeApplication.class)
                .environment(OperatingSystemEnvironment.with(variables))
                .run(args.toArray(String[]::new))) {
            Channels channels = app.getBean(Channels.class);

            assertThat(channels.notifyNames()).containsExactly("notify-1", "notify-2");
            assertThat(channels.named("phone")).hasSize(1);
            assertThat(output.getAll())
                    .contains("channel notify-1=discord://4242/****", "channel phone=gotifys://gotify.example.org/****")
                    .doesNotContain("file-secret-discord", "tk_filesecret", "FileSecretGotify");
        }
    }
}
