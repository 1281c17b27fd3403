package vn.hanoi.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.hanoi.gateway.sandbox.SandboxServers;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.HeadlessChromium;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * The ops page in a real browser against the sandbox gateway: an operator opens it, gives the ops key,
 * sees every national system, and sees the business register turn red when its system goes down.
 * Its own context: it stops a simulator. The business breaker trips after two failed calls here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.connectors.business.retry.max-attempts=1",
        "gateway.connectors.business.circuit-breaker.sliding-window-size=2",
        "gateway.connectors.business.circuit-breaker.minimum-number-of-calls=2",
        "gateway.ops.page-refresh=1s",
        "gateway.ops.history.interval=1s"})
@DirtiesContext
@Requires(Service.CHROMIUM)
class OpsPageIT {

    private static final Path SCREENSHOT = Path.of("target", "ops-page.png");
    private static final String RED = "#b00020";
    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    @Autowired
    SandboxServers simulators;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsEveryNationalSystemAndTurnsOneRedWhenItsSystemGoesDown() throws IOException {
        GatewayHttp http = new GatewayHttp(port);
        for (String lookup : List.of("/api/v1/citizens/001051409167", "/api/v1/citizens/001051409167",
                "/api/v1/enterprises/0110386356", "/api/v1/social-insurance/2853501530",
                "/api/v1/land-parcels/00124/21/279")) {
            http.getAsOneStopShopUntil(lookup, answer -> answer.statusCode() == 200, 5);
        }
        WebDriver page = browser.driver();
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));

        page.get("http://127.0.0.1:" + port + "/ops");
        page.findElement(By.id("ops-key")).sendKeys(GatewayHttp.OPS_KEY);
        page.findElement(By.cssSelector("#key-form button[type=submit]")).click();

        List<String> systems = List.of("business", "civil-status", "command-centre", "document-axis", "insurance", "land",
                "npsp", "population");
        wait.until(d -> cards(d).size() == systems.size());
        assertThat(cards(page)).extracting(Card::system).containsExactlyElementsOf(systems);
        assertThat(cards(page)).extracting(Card::state).doesNotContain("DOWN");
        assertThat(page.findElement(By.id("outbox-body")).getText()).startsWith("Waiting");
        Map<String, Object> population = wait.until(d -> sparklines(d, "population").get("latencyPath").toString()
                .contains(" L") ? sparklines(d, "population") : null);
        assertThat(population.get("latencyLabel").toString()).startsWith("p95 latency over the last ");
        assertThat(population.get("errorsLabel").toString()).startsWith("Error rate over the last ");
        assertThat(((Number) population.get("samples")).intValue()).isGreaterThan(1);
        assertThat(((Number) population.get("cardsWithBoth")).intValue()).as("every connector has both sparklines")
                .isEqualTo(systems.size());
        assertThat(page.findElement(By.id("intake-body")).getText()).as("the intake is off in tests")
                .startsWith("Not available");

        simulators.stop("business");
        for (int i = 0; i < 2; i++) {
            assertThat(http.getAsOneStopShop("/api/v1/enterprises/0111691112").statusCode()).isEqualTo(503);
        }

        Card business = wait.until(d -> cards(d).stream()
                .filter(card -> card.system().equals("business") && card.state().equals("DOWN")).findFirst().orElse(null));
        assertThat(Color.fromString(business.badgeColor()).asHex()).isEqualTo(RED);
        assertThat(business.text()).contains("OPEN").contains("IO");
        assertThat(cards(page)).extracting(Card::state).containsOnlyOnce("DOWN");

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
    }

    /** What the page shows of each national system, read in one go: the page redraws itself while we look. */
    @SuppressWarnings("unchecked")
    private static List<Card> cards(WebDriver page) {
        List<Map<String, String>> cards = (List<Map<String, String>>) ((JavascriptExecutor) page).executeScript("""
                return [...document.querySelectorAll('[data-connector]')].map(card => ({
                  system: card.dataset.connector,
                  state: card.dataset.state,
                  badge: getComputedStyle(card.querySelector('.badge')).backgroundColor,
                  text: card.innerText}));""");
        return cards.stream().map(card -> new Card(card.get("system"), card.get("state"), card.get("badge"), card.get("text")))
                .toList();
    }

    /**
     * A connector's two sparklines as drawn (the latency line's path, each one's label, its number of samples) and
     * how many connector cards carry both.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sparklines(WebDriver page, String system) {
        return (Map<String, Object>) ((JavascriptExecutor) page).executeScript("""
                const card = document.querySelector('[data-connector="' + arguments[0] + '"]');
                const spark = (kind) => card.querySelector('[data-spark=' + kind + '] svg');
                return {
                  latencyPath: spark('latency').querySelector('path').getAttribute('d'),
                  latencyLabel: spark('latency').getAttribute('aria-label'),
                  errorsLabel: spark('errors').getAttribute('aria-label'),
                  samples: +card.querySelector('[data-spark=latency]').dataset.samples,
                  cardsWithBoth: [...document.querySelectorAll('[data-connector]')]
                    .filter(c => c.querySelector('[data-spark=latency] svg path')
                      && c.querySelector('[data-spark=errors] svg path')).length};""", system);
    }

    private record Card(String system, String state, String badgeColor, String text) {
    }
}
