package io.arrflow.rotator.audit;

import static io.arrflow.rotator.audit.FakeSecrets.arrKey;
import static io.arrflow.rotator.audit.FakeSecrets.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.rotator.cli.Command;
import io.arrflow.rotator.cli.adapter.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit CLI against a real git repository built here, with secrets of each kind planted. */
class AuditIT {

    private static final String COMPOSE_KEY = arrKey(201);
    private static final String URL_PASSWORD = token(202);
    private static final String ENV_TOKEN = token(203);
    private static final String CONFIG_KEY = arrKey(204);
    private static final String SETTINGS_PASSWORD = token(205);
    private static final List<String> PLANTED =
            List.of(COMPOSE_KEY, URL_PASSWORD, ENV_TOKEN, CONFIG_KEY, SETTINGS_PASSWORD);

    @TempDir
    static Path repo;

    private static String oldCommit;
    private static String newCommit;

    @BeforeAll
    static void plantSecretsInAGitRepository() throws Exception {
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("docker-compose.yml", compose("SONARR__AUTH__APIKEY=" + COMPOSE_KEY));
            write("old.env", "BROKER_URL=amqp://arrflow:" + URL_PASSWORD + "@rabbitmq:5672/\n");
            oldCommit = commit(git, "first draft with hardcoded secrets").name();
            git.tag()
                    .setName("v0.1")
                    .setAnnotated(true)
                    .setMessage("first draft")
                    .call();

            write("docker-compose.yml", compose("SONARR__AUTH__APIKEY=${SONARR_API_KEY}"));
            Files.delete(repo.resolve("old.env"));
            write(".env", "# arrflow\nTZ=Europe/Paris\nARRFLOW_API_TOKEN=" + ENV_TOKEN + "\n");
            write(
                    "sonarr/config.xml",
                    "<Config>\n  <Port>8989</Port>\n  <ApiKey>" + CONFIG_KEY + "</ApiKey>\n</Config>\n");
            write(
                    "docs/settings.yml",
                    "spring:\n  rabbitmq:\n    addresses: amqp://arrflow:" + SETTINGS_PASSWORD + "@rabbitmq\n");
            write("docs/example.env", "ARRFLOW_API_TOKEN=<generated-by-init>\nREDIS_PASSWORD=changeme\n");
            newCommit = commit(git, "secrets moved, more leaked").name();
        }
    }

    private static String compose(String keyLine) {
        return "services:\n  sonarr:\n    image: lscr.io/linuxserver/sonarr\n    environment:\n      - TZ=Europe/Paris\n"
                + "      - " + keyLine + "\n";
    }

    private static void write(String path, String content) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static RevCommit commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor("it", "it@localhost")
                .setSign(false)
                .call();
    }

    private record Run(int exit, String out) {}

    private static Run audit(Path path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err))
                .runStandalone(new Command.Audit(path));
        return new Run(exit, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    private static String shortId(String commit) {
        return commit.substring(0, 12);
    }

    @Test
    void finds_each_kind_of_planted_secret_in_the_working_tree_by_file_and_line() {
        Run run = audit(repo);

        assertThat(run.exit()).isEqualTo(Cli.FINDINGS);
        assertThat(run.out())
                .contains("\n.env:3  generic-token")
                .contains("\nsonarr/config.xml:3  arr-config-api-key")
                .contains("\ndocs/settings.yml:3  url-credentials")
                .doesNotContain("\ndocker-compose.yml:")
                .doesNotContain("example.env");
    }

    @Test
    void finds_a_secret_that_only_an_old_commit_holds() {
        Run run = audit(repo);

        assertThat(run.out())
                .contains(shortId(oldCommit) + ":docker-compose.yml:6  arr-api-key")
                .contains(shortId(oldCommit) + ":old.env:1  url-credentials")
                .contains(shortId(newCommit) + ":.env:3  generic-token")
                .doesNotContain(shortId(newCommit) + ":docker-compose.yml");
    }

    @Test
    void never_prints_a_secret_and_prints_the_purge_commands_without_running_them() throws Exception {
        Run run = audit(repo);

        PLANTED.forEach(secret -> assertThat(run.out()).doesNotContain(secret));
        assertThat(run.out())
                .contains("git filter-repo --sensitive-data-removal --invert-paths")
                .contains("--path 'old.env'")
                .contains("--replace-text")
                .contains("bfg --delete-files 'config.xml'");
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.log().call()).hasSize(2);
        }
    }

    @Test
    void skips_paths_listed_in_the_ignore_file_and_lines_with_the_allow_marker() throws Exception {
        Path tree = Files.createDirectories(repo.getParent().resolve(repo.getFileName() + "-ignored"));
        Files.createDirectories(tree.resolve("fixtures"));
        Files.writeString(tree.resolve("fixtures/.env"), "SONARR_API_KEY=" + arrKey(206) + "\n");
        Files.writeString(tree.resolve("compose.yaml"), "      - KEY=" + arrKey(207) + "  # arrflow-audit:allow\n");
        Files.writeString(tree.resolve(IgnoredPaths.FILE), "# test fixtures\nfixtures/**\n");

        assertThat(audit(tree).exit()).isEqualTo(Cli.OK);
    }

    @Test
    void audits_a_single_compose_file() {
        Run run = audit(repo.resolve("sonarr/config.xml"));

        assertThat(run.exit()).isEqualTo(Cli.FINDINGS);
        assertThat(run.out()).contains("config.xml:3  arr-config-api-key");
    }

    @Test
    void a_path_that_does_not_exist_is_an_error_not_a_clean_audit() {
        assertThat(audit(repo.resolve("missing")).exit()).isEqualTo(Cli.FAILED);
    }

    @Test
    void finds_nothing_in_arrflows_own_repository() {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        assertThat(root.resolve(".git")).isDirectory();

        Run run = audit(root);

        assertThat(run.out()).contains("0 finding(s)");
        assertThat(run.exit()).as(run.out()).isEqualTo(Cli.OK);
    }
}
