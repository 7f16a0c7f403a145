package io.arrflow.rotator.cli.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.rotator.cli.Command;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void no_argument_or_serve_runs_the_service() {
        assertThat(Cli.parse(new String[0])).isEqualTo(new Command.Serve());
        assertThat(Cli.parse(new String[] {"serve"})).isEqualTo(new Command.Serve());
    }

    @Test
    void audit_init_and_rotate_take_one_argument() {
        assertThat(Cli.parse(new String[] {"audit", "/repo"})).isEqualTo(new Command.Audit(Path.of("/repo")));
        assertThat(Cli.parse(new String[] {"init", "compose"})).isEqualTo(new Command.Init(Path.of("compose")));
        assertThat(Cli.parse(new String[] {"rotate", "sonarr"})).isEqualTo(new Command.Rotate("sonarr"));
        assertThat(Cli.parse(new String[] {"audit"})).isEqualTo(new Command.Usage());
        assertThat(Cli.parse(new String[] {"purge", "x"})).isEqualTo(new Command.Usage());
    }

    @Test
    void a_wrong_command_line_prints_the_usage_and_exits_2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err))
                .runStandalone(new Command.Usage());
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("java -jar secrets-rotator.jar audit PATH");
    }
}
