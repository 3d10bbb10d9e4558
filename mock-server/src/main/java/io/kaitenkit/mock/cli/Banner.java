package io.kaitenkit.mock.cli;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import java.io.PrintStream;

/** What the CLI prints once the mock listens: where it is and how to call it. */
final class Banner {
  private Banner() {}

  static void print(PrintStream out, KaitenMockServer server, MockOptions options) {
    out.println("Kaiten mock server");
    out.println("  API:    " + server.baseUrl());
    out.println("  Admin:  " + server.adminUrl() + (options.adminToken() == null ? "" : " (token required)"));
    out.println("  Options: " + options);
    if (options.proxyTo() != null) {
      out.println("  Proxy:  forwarding to " + options.proxyTo() + "; drift at " + server.adminUrl() + "/drift");
    } else if (MockOptions.DEMO_FIXTURE.equals(options.fixture()) && options.fixtureJson() == null) {
      out.println("  Demo tokens (Authorization: Bearer <token>):");
      out.println("    demo-admin-token              company admin of acme        -> 200");
      out.println("    demo-no-permission-token      acme user without rights      -> 403");
      out.println("    demo-group-admin-token        admin of group developers     -> 200 on developers");
      out.println("    demo-members-permission-token permission bit 1 via a group  -> 200");
      out.println("    demo-no-groups-tariff-token   globex, tariff without groups -> 402");
      out.println("    demo-other-company-token      initech, cannot see acme      -> 404");
      out.println("    any other token                                              -> 401");
      out.println("  Try: curl -i -X DELETE -H 'Authorization: Bearer demo-admin-token' "
          + server.baseUrl() + "/groups/developers/users/42");
    }
    out.println("Stop with Ctrl-C or SIGTERM.");
    out.flush();
  }
}
