package io.kaitenkit.mock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard of a mock started with an admin token. */
class DashboardAdminTokenBrowserIT {
  private static final String ADMIN_TOKEN = "dashboard-test-admin-token-7f3a";
  private static HeadlessChromium chromium;
  private static KaitenMockServer mock;
  private static WebDriver driver;

  @BeforeAll
  static void start() {
    chromium = HeadlessChromium.start();
    driver = chromium.driver;
    mock = KaitenMockServer.start(MockOptions.builder().adminToken(ADMIN_TOKEN).build());
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (mock != null) {
      mock.close();
    }
  }

  @Test
  void thePageAsksForTheTokenWorksOnceGivenItAndPutsItInNoUrl() throws Exception {
    driver.get(mock.adminUrl() + "/ui");
    wait(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("token-form")));
    assertThat(driver.findElement(By.id("token-reason")).getText())
        .contains("the admin API needs the admin token: Authorization: Bearer <admin token>");

    driver.findElement(By.id("token-input")).sendKeys("not-the-admin-token");
    driver.findElement(By.cssSelector("#token-form button")).click();
    wait(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("token-form")));
    assertThat(driver.findElement(By.id("tokens")).getText()).doesNotContain("demo-admin-token");

    driver.findElement(By.id("token-input")).sendKeys(ADMIN_TOKEN);
    driver.findElement(By.cssSelector("#token-form button")).click();
    wait(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"), "demo-admin-token"));
    assertThat(driver.findElement(By.id("token-form")).isDisplayed()).isFalse();

    driver.findElement(By.cssSelector("#tabs [data-view='journal']")).click();
    wait(5).until(ExpectedConditions.attributeContains(By.id("journal-live"), "class", "on"));
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(mock.url("/groups/designers/users")))
            .header("Authorization", "Bearer demo-admin-token").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    wait(1).until(ExpectedConditions.textToBePresentInElementLocated(By.id("journal"), "GET /api/latest/groups/designers/users"));

    assertThat(chromium.urlsLoaded()).isNotEmpty().noneMatch(url -> url.contains(ADMIN_TOKEN));
    assertThat(chromium.driver.executeScript("return sessionStorage.getItem('kaiten-mock-admin-token')")).isEqualTo(ADMIN_TOKEN);
    assertThat(chromium.driver.executeScript("return localStorage.length")).isEqualTo(0L);
  }

  @Test
  void theStaticPageNeedsNoTokenButItsDataDoes() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(mock.adminUrl() + "/ui")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> stream = http.send(HttpRequest.newBuilder(URI.create(mock.adminUrl() + "/requests/stream")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Kaiten mock dashboard</title>");
    assertThat(stream.statusCode()).isEqualTo(401);
  }

  private static WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
  }
}
