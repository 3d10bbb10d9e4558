package io.kaitenkit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

/** Self-signed certificates for https upstreams in tests, made with the JDK's keytool. */
final class TestCertificates {
  static final String PASSWORD = "changeit";

  private TestCertificates() {}

  /**
   * A PKCS#12 keystore with a new key and a self-signed certificate for the given subject alternative
   * names, e.g. {@code ip:127.0.0.1} or {@code dns:kaiten.invalid}.
   */
  static Path keystore(Path dir, String subjectAlternativeNames) throws Exception {
    Path file = dir.resolve("upstream-" + subjectAlternativeNames.replaceAll("\\W", "_") + ".p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "upstream", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
        "-dname", "CN=Kaiten upstream stub", "-ext", "SAN=" + subjectAlternativeNames,
        "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD)
        .redirectErrorStream(true)
        .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
    assertThat(keytool.exitValue()).as(output).isZero();
    return file;
  }

  /** A PKCS#12 trust store that trusts only the certificate of that keystore. */
  static Path trustStoreFor(Path keystore) throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("upstream", keys.getCertificate("upstream"));
    Path file = keystore.resolveSibling("trust-" + keystore.getFileName());
    try (OutputStream out = Files.newOutputStream(file)) {
      trust.store(out, PASSWORD.toCharArray());
    }
    return file;
  }
}
