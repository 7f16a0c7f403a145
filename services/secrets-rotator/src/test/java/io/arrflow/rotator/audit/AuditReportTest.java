package io.arrflow.rotator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditReportTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void shows_a_working_tree_finding_as_file_and_line() {
        assertThat(Finding.inTree("compose/.env", 3, SecretRule.ARR_API_KEY).location())
                .isEqualTo("compose/.env:3");
    }

    @Test
    void shows_a_history_finding_as_abbreviated_commit_file_and_line() {
        assertThat(Finding.inCommit(COMMIT, "compose/.env", 3, SecretRule.ARR_API_KEY)
                        .location())
                .isEqualTo("0123456789ab:compose/.env:3");
    }

    @Test
    void a_clean_report_says_so_and_offers_no_purge() {
        AuditReport report = new AuditReport("/repo", List.of(), 10, 4);
        assertThat(report.clean()).isTrue();
        assertThat(report.render()).containsExactly("audited /repo: 10 files, 4 commits", "0 finding(s)");
    }

    @Test
    void a_report_with_history_findings_lists_them_and_the_purge_commands() {
        AuditReport report = new AuditReport(
                "/repo", List.of(Finding.inCommit(COMMIT, "docker-compose.yml", 7, SecretRule.URL_CREDENTIALS)), 1, 2);
        assertThat(report.clean()).isFalse();
        assertThat(report.render())
                .contains("0123456789ab:docker-compose.yml:7  url-credentials  a URL with a password in it")
                .contains("To purge the history (not done by this tool):");
    }
}
