package io.kaitenkit.mock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its chromedriver, both named by path: Selenium Manager
 * would try to download a browser. Where they are not installed the tests are skipped with the reason,
 * except in CI ({@code CI=true}), where {@code .ci/run} installs them and their absence is a failure.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

  final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts the browser, or skips the calling test class (fails it in CI) when none is installed. */
  static HeadlessChromium start() {
    boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    String missing = "no headless browser: " + BROWSER + " and " + DRIVER
        + " must exist (apt-get install chromium chromium-driver; .ci/run does it)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(installed).as(missing).isTrue();
    }
    assumeTrue(installed, missing);
    ChromeOptions options = new ChromeOptions()
        .setBinary(BROWSER.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1440,1000", "--no-first-run", "--disable-extensions", "--disable-background-networking");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(60))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return new HeadlessChromium(driver);
  }

  /** What the page wrote to the console at level SEVERE (errors, failed loads) since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Every URL the page has loaded or fetched, the page's own included. */
  @SuppressWarnings("unchecked")
  List<String> urlsLoaded() {
    List<String> urls = new java.util.ArrayList<>((List<String>) driver.executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name)"
            + ".concat(performance.getEntriesByType('navigation').map(e => e.name))"));
    urls.add(driver.getCurrentUrl());
    return urls;
  }

  void screenshot(Path file) throws java.io.IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
