package io.kaitenkit.mock.cli;

import io.kaitenkit.mock.DemoFixture;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import java.io.PrintStream;

/** What the CLI prints once the mock listens: where it is and how to call it. */
final class Banner {
  private Banner() {}

  static void print(PrintStream out, KaitenMockServer server, MockOptions options, boolean failOnDrift) {
    out.println("Kaiten mock server");
    out.println("  API:    " + server.baseUrl());
    out.println("  Admin:  " + server.adminUrl() + (options.adminToken() == null ? "" : " (token required)"));
    out.println("  Dashboard: " + server.adminUrl() + "/ui   Contract docs: " + server.adminUrl() + "/docs");
    out.println("  Options: " + options + (failOnDrift ? " --fail-on-drift" : ""));
    if (options.proxyTo() != null) {
      out.println("  Proxy:  forwarding to " + options.proxyTo() + "; drift at " + server.adminUrl() + "/drift");
    } else if (DemoFixture.NAME.equals(options.fixture()) && options.fixtureJson() == null) {
      out.println("  Demo tokens (Authorization: Bearer <token>):");
      for (DemoFixture.Token token : DemoFixture.tokens()) {
        out.printf("    %-30s user %-4d %s%n", token.token(), token.userId(), token.actsAs());
      }
      out.println("    any other token                -> 401 Invalid token");
      out.println("  Every documented status of every operation is reachable with these tokens (docs/fixtures.md,");
      out.println("  \"The demo fixture\"); 'Prefer: code=N' answers any documented status N.");
      String admin = "-H 'Authorization: Bearer " + DemoFixture.ADMIN_TOKEN + "' ";
      out.println("  Try: curl -i " + admin + server.baseUrl() + "/company/groups");
      out.println("       curl -i -X DELETE " + admin
          + server.baseUrl() + "/groups/" + DemoFixture.DEVELOPERS + "/users/" + DemoFixture.ADA);
    }
    out.println("Stop with Ctrl-C or SIGTERM.");
    out.flush();
  }
}
