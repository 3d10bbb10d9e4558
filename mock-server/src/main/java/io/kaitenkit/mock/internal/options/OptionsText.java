package io.kaitenkit.mock.internal.options;

import io.kaitenkit.mock.MockOptions;

/** How options read on one line: the CLI's banner, logs, failure messages. Credentials show only as "set". */
public final class OptionsText {
  private OptionsText() {}

  public static String of(MockOptions o) {
    return "MockOptions{host=" + o.host() + ", port=" + o.port()
        + ", fixture=" + (o.fixtureJson() != null ? "(inline)" : o.fixture())
        + ", strict=" + o.strict()
        + ", rateLimit=" + (o.rateLimit() == 0 ? "off" : o.rateLimit() + "/s")
        + ", adminToken=" + (o.adminToken() == null ? "none" : "set")
        + ", journalCapacity=" + o.journalCapacity()
        + ", journalBodyBytes=" + o.journalBodyBytes()
        + ", maxHeaderSize=" + o.maxHeaderSize()
        + ", maxInitialLineLength=" + o.maxInitialLineLength()
        + ", maxBodySize=" + o.maxBodySize()
        + ", idleTimeout=" + o.idleTimeout()
        + ", shutdownTimeout=" + o.shutdownTimeout()
        + (o.compressResponses() ? ", compressResponses=true" : "")
        + (o.contract() == null ? "" : ", contract=" + o.contract())
        + (o.proxyTo() == null ? "" : ", proxyTo=" + o.proxyTo() + ", upstreamTimeout=" + o.upstreamTimeout()) + "}";
  }
}
