package vn.hanoi.gateway.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its chromedriver, with a fresh profile each time. When
 * either is not installed the test is skipped with a message saying so, except in CI ({@code CI=true}),
 * where it fails: there {@code .ci/run} installs both.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts the browser, or skips (fails in CI) when it is not installed. */
    public static HeadlessChromium startOrSkip() {
        for (Path needed : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(needed)) {
                String message = needed + " is not installed: the browser test needs the Debian packages "
                        + "chromium and chromium-driver (.ci/run installs them)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(message);
                }
                System.err.println("[SKIPPED] " + message);
                Assumptions.abort(message);
            }
        }
        try {
            Path profile = Files.createTempDirectory("ops-page-chromium-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--no-first-run",
                            "--disable-extensions", "--window-size=1600,1300", "--force-device-scale-factor=1",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new HeadlessChromium(profile, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
