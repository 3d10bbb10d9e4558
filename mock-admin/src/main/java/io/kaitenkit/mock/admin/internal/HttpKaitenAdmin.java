package io.kaitenkit.mock.admin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.KaitenAdmin;
import io.kaitenkit.mock.admin.KaitenAdminException;
import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** {@link KaitenAdmin} over a mock's {@code /__admin} API, on the JDK's HTTP client. */
public final class HttpKaitenAdmin implements KaitenAdmin {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60); // a whole fixture may travel
  private static final long POLL_MILLIS = 20;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String adminUrl;
  private final String adminToken;
  /**
   * The sequences {@link #takeRequest} handed out that the journal still holds. The admin API has no
   * cursor of its own, so this client keeps one, as the in-process journal does.
   */
  private final Set<Long> taken = new HashSet<>();

  public HttpKaitenAdmin(URI baseUrl, String adminToken) {
    // The admin URL as given (it may sit behind a path prefix), else the origin's: an API base URL works too.
    String url = baseUrl.toString().replaceAll("/+$", "");
    this.adminUrl = url.endsWith("/__admin") ? url : baseUrl.resolve("/__admin").toString();
    this.adminToken = adminToken;
  }

  @Override
  public String stateJson() {
    return call("GET", "/state", null);
  }

  @Override
  public void replaceState(String fixtureJson) {
    call("PUT", "/state", fixtureJson);
  }

  @Override
  public void reset() {
    call("POST", "/reset", "{}");
    forgetTaken();
  }

  @Override
  public List<RecordedExchange> requests() {
    List<RecordedExchange> requests = new ArrayList<>();
    json("GET", "/requests", null).path("requests").forEach(node -> requests.add(AdminWire.readExchange(node)));
    return requests;
  }

  @Override
  public RecordedExchange takeRequest(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (true) {
      List<RecordedExchange> journal = requests();
      synchronized (taken) {
        taken.retainAll(journal.stream().map(RecordedExchange::sequence).toList());
        for (RecordedExchange request : journal) {
          if (taken.add(request.sequence())) {
            return request;
          }
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
    }
  }

  @Override
  public long requestCount() {
    return json("GET", "/health", null).path("requests").asLong();
  }

  @Override
  public void clearRequests() {
    call("DELETE", "/requests", null);
    forgetTaken();
  }

  @Override
  public Fault addFault(Fault fault) {
    return AdminWire.readFault(json("POST", "/faults", AdminWire.fault(fault).toString()));
  }

  @Override
  public List<Fault> faults() {
    List<Fault> faults = new ArrayList<>();
    json("GET", "/faults", null).path("faults").forEach(node -> faults.add(AdminWire.readFault(node)));
    return faults;
  }

  @Override
  public boolean removeFault(String id) {
    HttpResponse<String> response = send("DELETE", "/faults/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
        .replace("+", "%20"), null);
    if (response.statusCode() == 404) {
      return false;
    }
    check("DELETE /faults/{id}", response);
    return true;
  }

  @Override
  public void clearFaults() {
    call("DELETE", "/faults", null);
  }

  @Override
  public int rateLimit() {
    return json("GET", "/rate-limit", null).path("requestsPerSecond").asInt();
  }

  @Override
  public void rateLimit(int requestsPerSecond) {
    call("PUT", "/rate-limit", MAPPER.createObjectNode().put("requestsPerSecond", requestsPerSecond).toString());
  }

  @Override
  public void exhaustRateLimit(String token) {
    call("POST", "/rate-limit/exhaust", MAPPER.createObjectNode().put("token", token).toString());
  }

  @Override
  public void setUpProviderState(String sentence, Map<String, ?> params) {
    call("POST", "/provider-states", stateChange(sentence, params, "setup"));
  }

  @Override
  public void tearDownProviderState(String sentence, Map<String, ?> params) {
    call("POST", "/provider-states", stateChange(sentence, params, "teardown"));
  }

  @Override
  public ProxyDrift drift() {
    return AdminWire.readDrift(json("GET", "/drift", null));
  }

  @Override
  public void clearDrift() {
    call("DELETE", "/drift", null);
  }

  /** Values travel as text, as the in-process mock reads them ({@code String.valueOf}). */
  private static String stateChange(String sentence, Map<String, ?> params, String action) {
    ObjectNode body = MAPPER.createObjectNode().put("state", sentence).put("action", action);
    ObjectNode values = body.putObject("params");
    if (params != null) {
      params.forEach((name, value) -> values.put(name, String.valueOf(value)));
    }
    return body.toString();
  }

  private void forgetTaken() {
    synchronized (taken) {
      taken.clear();
    }
  }

  private JsonNode json(String method, String path, String body) {
    String text = call(method, path, body);
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new KaitenAdminException(method + " " + path, e);
    }
  }

  /** The body of a 2xx answer; any other answer throws with its status and the mock's message. */
  private String call(String method, String path, String body) {
    return check(method + " " + path, send(method, path, body)).body();
  }

  private HttpResponse<String> send(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl + path)).timeout(TIMEOUT)
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json"); // the admin API answers 415 to any other write
    }
    if (adminToken != null) {
      request.header("Authorization", "Bearer " + adminToken);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new KaitenAdminException(method + " " + adminUrl + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KaitenAdminException(method + " " + adminUrl + path, e);
    }
  }

  private static HttpResponse<String> check(String call, HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new KaitenAdminException(call, response.statusCode(), messageOf(response.body()));
    }
    return response;
  }

  private static String messageOf(String body) {
    try {
      JsonNode message = MAPPER.readTree(body).get("message");
      if (message != null && message.isTextual()) {
        return message.asText();
      }
    } catch (JsonProcessingException | RuntimeException e) {
      // not the admin API's JSON: quote the start of what came back
    }
    return body == null || body.length() <= 200 ? body : body.substring(0, 197) + "...";
  }

  @Override
  public String toString() {
    return "KaitenAdmin{" + adminUrl + "}";
  }
}
