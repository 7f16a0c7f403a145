package io.arrflow.prober.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArrHealthTest {

    @Test
    void warnings_are_surfaced_without_failing_the_app() {
        ArrHealth health = ArrHealth.parse("""
                [{"id":1,"source":"UpdateCheck","type":"warning","message":"New update available","wikiUrl":"https://wiki"}]""");

        assertThat(health.firstError()).isEmpty();
        assertThat(health.evidence())
                .containsEntry("issue.UpdateCheck", "warning: New update available")
                .containsEntry("issues", "1");
    }

    @Test
    void an_error_fails_the_app_with_the_first_errors_message() {
        ArrHealth health = ArrHealth.parse("""
                [{"source":"DownloadClientCheck","type":"error","message":"Unable to communicate with qBittorrent"},
                 {"source":"RootFolderCheck","type":"error","message":"Missing root folder: /tv"}]""");

        assertThat(health.firstError()).contains("2 health error(s): Unable to communicate with qBittorrent");
    }

    @Test
    void no_issues_is_healthy() {
        assertThat(ArrHealth.parse("[]").firstError()).isEmpty();
    }
}
