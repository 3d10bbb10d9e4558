package io.kaitenkit.mock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in a real browser, against a running mock on the demo fixture. */
class DashboardBrowserIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static HeadlessChromium chromium;
  private static KaitenMockServer mock;
  private static WebDriver driver;

  @BeforeAll
  static void start() {
    chromium = HeadlessChromium.start();
    driver = chromium.driver;
    mock = KaitenMockServer.start();
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

  @BeforeEach
  void freshMockAndPage() {
    mock.reset();
    chromium.consoleErrors(); // what earlier tests left in the browser's log
    driver.get(mock.adminUrl() + "/ui");
    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#matrix tbody tr")));
  }

  @Test
  void thePageLoadsWithoutConsoleErrors() {
    waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"), "demo-admin-token"));
    assertThat(driver.findElement(By.id("urls")).getText()).contains(mock.baseUrl(), mock.adminUrl() + "/docs");
    assertThat(driver.findElement(By.id("tokens")).getText())
        .contains("demo-no-groups-tariff-token", "402", "demo-other-company-token", "404");
    for (String view : new String[] {"state", "journal", "faults", "provider-states", "operations"}) {
      view(view);
    }
    waitUpTo(5).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#provider-states li")));

    assertThat(chromium.consoleErrors()).isEmpty();
  }

  @Test
  void theStateViewShowsTheDemoGroupsWithMembersAndAdmins() {
    view("state");
    WebElement developers = waitUpTo(5).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-group=developers]")));

    assertThat(driver.findElements(By.cssSelector("#groups .card")))
        .extracting(card -> card.getAttribute("data-group"))
        .containsExactly("developers", "designers", "people-ops", "engineering", "tps-reports");
    assertThat(developers.findElements(By.cssSelector("[data-member]")))
        .extracting(member -> member.getAttribute("data-member")).containsExactly("42", "43");
    assertThat(developers.findElements(By.cssSelector("[data-admin]")))
        .extracting(admin -> admin.getAttribute("data-admin")).containsExactly("3");
    assertThat(developers.getText()).contains("Ada Lovelace (42)", "Carol Lead (3)");
  }

  @Test
  void aRequestSentWithAnHttpClientAppearsInTheLiveJournalWithinASecond() throws Exception {
    view("journal");
    waitUpTo(5).until(ExpectedConditions.attributeContains(By.id("journal-live"), "class", "on"));

    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(mock.url("/groups/developers/users/42")))
        .DELETE().header("Authorization", "Bearer demo-admin-token").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);

    WebElement row = waitUpTo(1).until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//table[@id='journal']//tr[td[contains(., 'DELETE /api/latest/groups/developers/users/42')]]")));
    assertThat(row.getText()).contains("200", "removeUserFromGroup");
    row.click();
    WebElement detail = driver.findElement(By.id("journal-detail"));
    assertThat(detail.getText()).contains("Answer: 200", "Bearer demo…").doesNotContain("demo-admin-token");
  }

  @Test
  void theJournalFiltersByOperationAndStatus() throws Exception {
    view("journal");
    send("GET", "/groups/developers/users", "demo-admin-token");
    send("DELETE", "/groups/developers/users/42", "demo-no-permission-token");
    waitUpTo(5).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#journal tbody tr"), 2));

    new Select(driver.findElement(By.id("journal-operation"))).selectByValue("removeUserFromGroup");
    assertThat(driver.findElements(By.cssSelector("#journal tbody tr"))).singleElement()
        .satisfies(row -> assertThat(row.getText()).contains("403"));
    new Select(driver.findElement(By.id("journal-operation"))).selectByValue("");
    driver.findElement(By.id("journal-status")).sendKeys("2xx");
    assertThat(driver.findElements(By.cssSelector("#journal tbody tr"))).singleElement()
        .satisfies(row -> assertThat(row.getText()).contains("GET /api/latest/groups/developers/users", "200"));
  }

  @Test
  void removingAMemberInThePageChangesTheStateTheApiAnswers() throws Exception {
    view("state");
    WebElement remove = waitUpTo(5).until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[data-group=developers] [data-member='42'] button")));

    remove.click();

    waitUpTo(5).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-group=developers] [data-member]"), 1));
    assertThat(send("GET", "/groups/developers/users", "demo-admin-token").body())
        .contains("\"id\":43").doesNotContain("\"id\":42");
    assertThat(mock.state().isMember("developers", 42)).isFalse();
  }

  @Test
  void addingAMemberInThePageChangesTheStateTheApiAnswers() throws Exception {
    view("state");
    WebElement designers = waitUpTo(5).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-group=designers]")));
    new Select(designers.findElement(By.tagName("select"))).selectByValue("43");
    designers.findElement(By.xpath(".//button[.='Add member']")).click();

    waitUpTo(5).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-group=designers] [data-member='43']")));
    assertThat(send("GET", "/groups/designers/users", "demo-admin-token").body()).contains("\"id\":43");
  }

  @Test
  void aFaultAddedInThePageMakesTheNextApiCallFailAsConfigured() throws Exception {
    view("faults");
    new Select(driver.findElement(By.id("fault-operation"))).selectByValue("listGroupUsers");
    driver.findElement(By.id("fault-times")).sendKeys("1");
    new Select(driver.findElement(By.id("fault-type"))).selectByValue("status");
    WebElement status = driver.findElement(By.id("fault-status"));
    status.clear();
    status.sendKeys("503");
    driver.findElement(By.id("fault-body")).sendKeys("{\"message\":\"down for the test\"}");
    driver.findElement(By.id("fault-add")).click();
    waitUpTo(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("faults"), "listGroupUsers"));

    HttpResponse<String> failed = send("GET", "/groups/developers/users", "demo-admin-token");
    HttpResponse<String> next = send("GET", "/groups/developers/users", "demo-admin-token");

    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(failed.body()).isEqualTo("{\"message\":\"down for the test\"}");
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(mock.faults()).isEmpty();
  }

  @Test
  void aFailedAdminCallShowsTheServersMessage() {
    view("faults");
    new Select(driver.findElement(By.id("fault-operation"))).selectByValue("");
    driver.findElement(By.id("fault-add")).click(); // neither an operation nor a method and path

    WebElement error = waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .error")));
    assertThat(error.getText()).contains("POST /__admin/faults: 400",
        "a fault matches either \"operationId\" or both \"method\" and \"path\"");
    assertThat(mock.faults()).isEmpty();
  }

  @Test
  void aFailedRateLimitCallShowsTheServersMessage() {
    view("faults");
    driver.findElement(By.id("exhaust-token")).clear();
    driver.findElement(By.cssSelector("#exhaust-form button")).click();

    WebElement error = waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .error")));
    assertThat(error.getText()).startsWith("POST /__admin/rate-limit/exhaust: 400 \"token\" is required");
    assertThat(mock.rateLimit()).isZero();
  }

  @Test
  void aProviderStateRunInThePageChangesTheState() {
    view("provider-states");
    waitUpTo(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("provider-states"), "is a member of group"));
    driver.findElement(By.id("provider-state")).sendKeys("group designers does not exist");
    driver.findElement(By.id("provider-state-run")).click();

    waitUpTo(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("provider-state-result"),
        "group {groupUid} does not exist"));
    assertThat(mock.state().toJson()).doesNotContain("\"designers\"");
  }

  @Test
  void theMatrixSendsTheRequestThatReachesEachDocumentedStatus() {
    view("operations");
    WebElement forbidden = driver.findElement(By.cssSelector("[data-operation=removeUserFromGroup] [data-status='403']"));
    WebElement tooMany = driver.findElement(By.cssSelector("[data-operation=removeUserFromGroup] [data-status='429']"));
    assertThat(forbidden.getText()).isEqualTo("send");
    assertThat(forbidden.getAttribute("title")).contains("demo-no-permission-token");
    assertThat(tooMany.getText()).isEqualTo("send (Prefer: code=429)");

    forbidden.click();
    waitUpTo(5).until(ExpectedConditions.attributeContains(forbidden, "class", "ok"));
    tooMany.click();
    waitUpTo(5).until(ExpectedConditions.attributeContains(tooMany, "class", "ok"));

    assertThat(driver.findElement(By.id("matrix-result")).getText()).contains("→ 429");
    assertThat(mock.state().isMember("developers", 42)).isTrue();
    assertThat(mock.requests()).extracting(request -> request.status()).containsExactly(403, 429);
  }

  @Test
  void theDocsPageRendersTheContractsOperations() {
    driver.get(mock.adminUrl() + "/docs");

    waitUpTo(20).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#swagger-ui .opblock"), 0));
    assertThat(driver.findElements(By.cssSelector("#swagger-ui .opblock-summary-operation-id, #swagger-ui .opblock-summary-path")))
        .extracting(WebElement::getText)
        .contains("/groups/{group_uid}/users/{user_id}");
    assertThat(driver.findElement(By.id("swagger-ui")).getText()).contains("Remove a user from a group");
    assertThat(new Select(driver.findElement(By.cssSelector("#swagger-ui .topbar select"))).getOptions())
        .extracting(WebElement::getText)
        .containsExactly("Kaiten API (the contract)", "The mock's admin API");
    assertThat(chromium.consoleErrors()).isEmpty();
  }

  @Test
  void screenshotsOfTheJournalAndTheState() throws Exception {
    send("DELETE", "/groups/developers/users/42", "demo-admin-token");
    send("DELETE", "/groups/developers/users/43", "demo-no-permission-token");
    send("DELETE", "/groups/developers/users/abc", "demo-admin-token");
    view("journal");
    waitUpTo(5).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#journal tbody tr"), 3));
    driver.findElement(By.cssSelector("#journal tbody tr")).click();
    waitUpTo(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("journal-detail"), "Strict mode"));

    // -Ddashboard.screenshots=../docs/images refreshes the pictures the README shows.
    Path folder = Path.of(System.getProperty("dashboard.screenshots", "target/screenshots"));
    chromium.screenshot(folder.resolve("dashboard.png"));
    view("state");
    waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-group=developers]")));
    chromium.screenshot(folder.resolve("dashboard-state.png"));
    assertThat(folder.resolve("dashboard.png")).isNotEmptyFile();
    assertThat(folder.resolve("dashboard-state.png")).isNotEmptyFile();
  }

  private static void view(String name) {
    driver.findElement(By.cssSelector("#tabs [data-view='" + name + "']")).click();
  }

  private static WebDriverWait waitUpTo(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
    return wait;
  }

  private static HttpResponse<String> send(String method, String path, String token) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(mock.url(path)))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
  }
}
