package io.arrflow.rotator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeCommandsTest {

    private static final String COMMIT = "89abcdef0123456789abcdef0123456789abcdef";

    @Test
    void offers_nothing_when_no_secret_is_in_the_history() {
        assertThat(PurgeCommands.forFindings(List.of(Finding.inTree(".env", 1, SecretRule.GENERIC_TOKEN))))
                .isEmpty();
    }

    @Test
    void removes_committed_env_and_config_xml_files_from_every_commit() {
        List<String> commands = PurgeCommands.forFindings(List.of(
                Finding.inCommit(COMMIT, "compose/.env", 2, SecretRule.ARR_API_KEY),
                Finding.inCommit(COMMIT, "sonarr/config.xml", 5, SecretRule.ARR_CONFIG_API_KEY)));
        assertThat(commands)
                .contains("git filter-repo --sensitive-data-removal --invert-paths --path 'compose/.env'"
                        + " --path 'sonarr/config.xml'")
                .contains("#   or with BFG: bfg --delete-files 'config.xml'");
    }

    @Test
    void replaces_values_inside_files_that_stay() {
        List<String> commands = PurgeCommands.forFindings(
                List.of(Finding.inCommit(COMMIT, "docker-compose.yml", 9, SecretRule.URL_CREDENTIALS)));
        assertThat(commands)
                .contains("git filter-repo --sensitive-data-removal --replace-text " + PurgeCommands.REPLACEMENTS_FILE)
                .contains("git reflog expire --expire=now --all && git gc --prune=now --aggressive")
                .noneMatch(line -> line.contains("--invert-paths"));
    }
}
