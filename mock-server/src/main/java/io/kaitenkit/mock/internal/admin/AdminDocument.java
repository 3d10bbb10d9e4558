package io.kaitenkit.mock.internal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** The admin API's OpenAPI 3.0.3 document, bundled with the mock and served at {@code GET /__admin/openapi.yaml}. */
public final class AdminDocument {
  /** The classpath resource; {@code KaitenApiSpec.load(AdminDocument.url())} validates against it. */
  public static final String RESOURCE = "openapi/kaiten-mock-admin.yaml";

  private AdminDocument() {}

  public static URL url() {
    URL url = AdminDocument.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the classpath");
    }
    return url;
  }

  /** The document's text, read once. */
  static String text() {
    return Text.VALUE;
  }

  private static final class Text {
    static final String VALUE = read();

    private static String read() {
      try (InputStream in = url().openStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
