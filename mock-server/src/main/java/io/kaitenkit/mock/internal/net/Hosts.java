package io.kaitenkit.mock.internal.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names and addresses as the mock writes them into URLs and judges them. Loopback is decided by
 * address, never by how a name looks: {@code 127.evil.example} is a name like any other.
 */
public final class Hosts {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private Hosts() {}

  /** The host as a URL's authority writes it: an IPv6 literal in brackets, anything else as it is. */
  public static String bracketed(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** The host without the brackets a URL puts around an IPv6 literal. */
  public static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** True when the host is an IPv4 or IPv6 literal rather than a name. */
  public static boolean isIpLiteral(String host) {
    String bare = unbracketed(host);
    return bare.contains(":") || IPV4.matcher(bare).matches();
  }

  /**
   * Whether a bind host is a loopback address: resolved as the server will bind it, then judged with
   * {@link InetAddress#isLoopbackAddress()}. A name that does not resolve is not loopback.
   */
  public static boolean isLoopbackBindHost(String host) {
    try {
      return InetAddress.getByName(unbracketed(host)).isLoopbackAddress();
    } catch (UnknownHostException | SecurityException e) {
      return false;
    }
  }

  /**
   * Whether a request's {@code Host} names this machine: an IP literal judged by its address, a name
   * only when it is {@code localhost} or below it (RFC 6761). Names are never resolved: that would be
   * a DNS lookup per request, and the rebinding page controls the answer.
   */
  public static boolean isLoopbackHostHeader(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (isIpLiteral(name)) {
      InetAddress address = literal(unbracketed(name));
      return address != null && address.isLoopbackAddress();
    }
    return name.equals("localhost") || name.endsWith(".localhost");
  }

  /** The address an IP literal writes, or null when it is not one; never a lookup. */
  private static InetAddress literal(String text) {
    try {
      if (text.contains(":")) {
        return InetAddress.getByName(text); // with a colon, the JDK parses a literal or throws
      }
      String[] parts = text.split("\\.", -1);
      byte[] octets = new byte[4];
      for (int i = 0; i < 4; i++) {
        int value = Integer.parseInt(parts[i]);
        if (value > 255) {
          return null;
        }
        octets[i] = (byte) value;
      }
      return InetAddress.getByAddress(octets);
    } catch (UnknownHostException | NumberFormatException e) {
      return null;
    }
  }
}
