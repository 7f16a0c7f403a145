package io.arrflow.prober.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.prober.support.SharedProber;
import io.arrflow.prober.support.StatsClient;
import io.arrflow.prober.support.TestProber;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** The status page in headless Chromium, compared with /api/stats; the screenshot is kept in target/. */
@Order(Order.DEFAULT + 1) // shares the SharedProber, which stays up until the JVM exits
class StatusPageIT {

    private static final List<String> STEADY =
            List.of("it-tcp", "it-tcp-closed", "it-disk", "it-disk-full", "it-redis");
    private static SharedProber prober;
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        prober = SharedProber.get();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1100",
                "--user-data-dir=" + Files.createTempDirectory("prober-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Bearer " + TestProber.TOKEN)));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens the page and waits until it shows the stats; returns how long that took. */
    private static long open(String page) {
        long start = System.nanoTime();
        browser.get(page);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "true"
                .equals(driver.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void the_status_page_shows_what_api_stats_reports_and_prints_how_fast_it_loads() throws Exception {
        prober.api.awaitStats(
                s -> StatsClient.stateOf(s, "it-tcp-closed").equals("DOWN")
                        && StatsClient.stateOf(s, "it-disk-full").equals("DOWN"),
                Duration.ofSeconds(30));

        String page = "http://127.0.0.1:" + TestProber.port(prober.context) + "/";
        long firstVisit = open(page);
        long secondVisit = open(page);
        Object loadEvent =
                browser.executeScript("return Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd)");
        System.out.printf(
                "status page: data shown %d ms after navigation (first visit, cold browser), %d ms (second visit);"
                        + " load event of the second visit after %s ms%n",
                firstVisit, secondVisit, loadEvent);

        JsonNode stats = prober.api.stats();
        for (String target : STEADY) {
            WebElement row = browser.findElement(By.cssSelector("tr[data-target='" + target + "']"));
            assertThat(row.findElement(By.className("state")).getText()).isEqualTo(StatsClient.stateOf(stats, target));
        }
        assertThat(browser.findElements(By.cssSelector("#targets tbody tr")))
                .hasSize(stats.path("targets").size());
        assertThat(browser.findElement(By.cssSelector("dd[data-fact='failed']")).getText())
                .isEqualTo(stats.path("transcode").path("failed").asString());
        assertThat(browser.findElement(By.id("summary")).getText()).contains("services need attention");

        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path kept = Path.of("target", "status-page.png");
        Files.copy(screenshot, kept, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(kept)).isPositive();
    }
}
