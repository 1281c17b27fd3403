package vn.hanoi.gateway.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.HeadlessChromium;
import vn.hanoi.gateway.testing.SandboxWithTestClock;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * The indicators page in a real browser: a leader opens it with the leaders' key, sees every indicator drawn
 * against its target over the period's days, the units ranked, and drills down into one unit; on a phone's width
 * the same page still shows every indicator. Screenshots: {@code target/indicators-page.png} and
 * {@code target/indicators-page-phone.png}.
 */
@SandboxWithTestClock
@Requires(Service.CHROMIUM)
class IndicatorsPageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEADERS_KEY = "sandbox-leaders-key";
    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

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
    void showsEachIndicatorAgainstItsTargetRanksTheUnitsAndDrillsDown() throws IOException {
        GatewayHttp http = new GatewayHttp(port);
        register(http, "PAGE-270201-0001", "PAGE.U1", "ONLINE", "2027-02-01");
        register(http, "PAGE-270202-0001", "PAGE.U1", "IN_PERSON", "2027-02-02");
        register(http, "PAGE-270202-0002", "PAGE.U2", "IN_PERSON", "2027-02-02");
        WebDriver page = browser.driver();
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));

        page.get("http://127.0.0.1:" + port + "/indicators");
        page.findElement(By.id("indicators-key")).sendKeys(LEADERS_KEY);
        page.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("board")).isDisplayed());
        setPeriod(page, "2027-02-01", "2027-02-03");
        wait.until(d -> "2027-02-01/2027-02-03/".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

        List<Map<String, Object>> cards = cards(page);
        assertThat(cards).extracting(card -> card.get("code")).containsExactly("ON_TIME", "ONLINE",
                "DOSSIER_DIGITISED", "RESULT_DIGITISED", "DATA_REUSED", "E_TRANSFER", "SATISFACTION");
        Map<String, Object> online = cards.get(1);
        assertThat(online.get("rate")).isEqualTo(String.valueOf(1.0 / 3).substring(0, 6));
        assertThat(online.get("target")).isEqualTo("0.5");
        assertThat(online.get("points")).as("one point per day with dossiers").isEqualTo(2L);
        assertThat(cards.get(0).get("target")).as("no plan target for ON_TIME").isNull();
        assertThat(units(page)).containsExactly("PAGE.U1", "PAGE.U2");
        screenshot(page, "indicators-page.png");

        page.findElement(By.cssSelector("[data-unit='PAGE.U2']")).click();
        wait.until(d -> "2027-02-01/2027-02-03/PAGE.U2".equals(d.findElement(By.tagName("body"))
                .getDomAttribute("data-loaded")));
        assertThat(page.findElement(By.id("unit-title")).getText()).isEqualTo("Unit PAGE.U2");
        assertThat(cards(page).get(1).get("rate")).isEqualTo("0");

        page.manage().window().setSize(new Dimension(390, 844));
        assertThat(cards(page)).hasSize(7);
        screenshot(page, "indicators-page-phone.png");
        page.manage().window().setSize(new Dimension(1600, 1300));
    }

    @Test
    void aKeyWithoutTheIndicatorsDatasetIsToldSo() {
        HttpResponse<String> answer = new GatewayHttp(port).get("/api/v1/kpi/indicators/daily?from=2027-02-01&to=2027-02-03",
                "X-API-Key", GatewayHttp.OPS_KEY);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(GatewayHttp.json(answer).path("code").asText()).isEqualTo("FORBIDDEN");
    }

    private static void setPeriod(WebDriver page, String from, String to) {
        ((JavascriptExecutor) page).executeScript("document.getElementById('from').value = arguments[0];"
                + "document.getElementById('to').value = arguments[1];", from, to);
        page.findElement(By.cssSelector("#period-form button[type=submit]")).click();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cards(WebDriver page) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) page).executeScript("""
                return [...document.querySelectorAll('[data-indicator]')].map(card => ({
                  code: card.dataset.indicator,
                  rate: (card.querySelector('[data-rate]').dataset.rate || '').slice(0, 6),
                  target: card.querySelector('[data-target]')?.getAttribute('data-target') ?? null,
                  points: card.querySelectorAll('circle').length}));""");
    }

    @SuppressWarnings("unchecked")
    private static List<String> units(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(
                "return [...document.querySelectorAll('[data-unit]')].map(bar => bar.dataset.unit);");
    }

    private static void screenshot(WebDriver page, String name) throws IOException {
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
    }

    private static void register(GatewayHttp http, String code, String unit, String channel, String day) {
        ObjectNode dossier = JSON.createObjectNode().put("dossierCode", code).put("procedureCode", "9.000004")
                .put("receivedAt", day + "T08:30:00+07:00").put("channel", channel).put("receivingUnitCode", unit);
        dossier.putObject("applicant").put("type", "CITIZEN").put("id", "001300973597").put("name", "Công dân");
        dossier.putArray("documents");
        HttpResponse<String> answer = http.send("POST", "/api/v1/dossiers", dossier.toString(),
                "Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }
}
