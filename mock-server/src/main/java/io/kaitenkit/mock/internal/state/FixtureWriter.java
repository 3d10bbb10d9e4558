package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Writes a {@link KaitenModel} in the fixture format, pretty-printed, so that the output reads back
 * unchanged. It writes one company, user or group at a time and can stop between two of them, so a
 * large state (80,000 users make some 56 MB of fixture) is sent without ever being held whole as text.
 * It reads a snapshot ({@link KaitenModel#copy()}) that nothing changes while it writes, never the
 * live state, and so needs no lock.
 */
public final class FixtureWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Writes one piece of the fixture. */
  @FunctionalInterface
  private interface Piece {
    void write(JsonGenerator json) throws IOException;
  }

  private final Iterator<Piece> pieces;
  private final BufferSink sink = new BufferSink();
  private final JsonGenerator json;

  private FixtureWriter(KaitenModel snapshot) {
    this.pieces = pieces(snapshot);
    try {
      this.json = MAPPER.createGenerator(sink).useDefaultPrettyPrinter();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A writer of the snapshot's fixture, to be written with {@link #appendTo}. */
  public static FixtureWriter of(KaitenModel snapshot) {
    return new FixtureWriter(snapshot);
  }

  /** The snapshot's whole fixture as text. */
  public static String text(KaitenModel snapshot) {
    Buffer all = Buffer.buffer();
    of(snapshot).appendTo(all, Integer.MAX_VALUE);
    return all.toString();
  }

  /**
   * Appends the next pieces of the fixture until {@code out} holds at least {@code atLeast} bytes or
   * the fixture is complete.
   *
   * @return whether more pieces follow
   */
  public boolean appendTo(Buffer out, int atLeast) {
    sink.target = out;
    try {
      while (pieces.hasNext() && out.length() + json.getOutputBuffered() < atLeast) {
        pieces.next().write(json);
      }
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the fixture cannot be written", e);
    } finally {
      sink.target = null;
    }
    return pieces.hasNext();
  }

  private static Iterator<Piece> pieces(KaitenModel data) {
    return concat(List.of(
        one(json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("companies");
        }),
        each(data.companies().values(), company -> json -> company(json, company)),
        one(json -> {
          json.writeEndArray();
          json.writeArrayFieldStart("users");
        }),
        each(data.users().values(), user -> json -> user(json, user)),
        one(json -> {
          json.writeEndArray();
          json.writeArrayFieldStart("groups");
        }),
        each(data.groups().values(), group -> json -> group(json, group)),
        one(json -> {
          json.writeEndArray();
          json.writeObjectFieldStart("tokens");
          for (Map.Entry<String, Long> token : data.tokens().entrySet()) {
            json.writeNumberField(token.getKey(), token.getValue());
          }
          json.writeEndObject();
          json.writeEndObject();
        })));
  }

  private static void company(JsonGenerator json, CompanyRecord company) throws IOException {
    json.writeStartObject();
    json.writeStringField("domain", company.domain());
    json.writeNumberField("id", company.id());
    json.writeObjectFieldStart("tariff");
    json.writeBooleanField("groups", company.groupsInTariff());
    json.writeEndObject();
    json.writeEndObject();
  }

  /** The user's attributes: the emulator's first, then the basic ones, the extended and the account ones. */
  private static void user(JsonGenerator json, UserRecord user) throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", user.id());
    json.writeStringField("company", user.company());
    json.writeBooleanField("company_admin", user.companyAdmin());
    json.writeNumberField("permissions", user.permissions());
    copyFields(json, user.json().getBytes(), "id");
    if (user.extendedTail() != UserProfiles.DEFAULT_EXTENDED_TAIL) {
      byte[] tail = user.extendedTail().getBytes(); // ",\"a\":1,…}": the leading comma makes it an object
      tail[0] = '{';
      copyFields(json, tail, null);
    }
    if (user.account() != null) {
      for (Map.Entry<String, JsonNode> field : user.account().properties()) {
        json.writeFieldName(field.getKey());
        json.writeTree(field.getValue());
      }
    }
    json.writeEndObject();
  }

  private static void group(JsonGenerator json, GroupRecord group) throws IOException {
    GroupAttributes attributes = group.attributes();
    json.writeStartObject();
    json.writeStringField("uid", group.uid());
    json.writeNumberField("id", group.id());
    json.writeStringField("company", group.company());
    json.writeStringField("name", attributes.name());
    json.writeNumberField("permissions", attributes.permissions());
    json.writeBooleanField("add_to_cards_and_spaces_enabled", attributes.addToCardsAndSpacesEnabled());
    json.writeStringField("created", attributes.created());
    json.writeStringField("updated", attributes.updated());
    json.writeArrayFieldStart("users");
    for (long id : group.members().sorted()) {
      json.writeNumber(id);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("admins");
    for (long id : group.admins().sorted()) {
      json.writeNumber(id);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Copies the fields of a JSON object's bytes into the object being written, all but {@code skipped}. */
  private static void copyFields(JsonGenerator json, byte[] object, String skipped) throws IOException {
    try (JsonParser in = MAPPER.createParser(object)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a user's JSON of the state is not an object");
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        in.nextToken();
        if (name.equals(skipped)) {
          in.skipChildren();
        } else {
          json.writeFieldName(name);
          json.copyCurrentStructure(in);
        }
      }
    }
  }

  private static Iterator<Piece> one(Piece piece) {
    return List.of(piece).iterator();
  }

  private static <T> Iterator<Piece> each(Collection<T> items, Function<T, Piece> piece) {
    Iterator<T> remaining = items.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return remaining.hasNext();
      }

      @Override
      public Piece next() {
        return piece.apply(remaining.next());
      }
    };
  }

  private static Iterator<Piece> concat(List<Iterator<Piece>> parts) {
    return new Iterator<>() {
      private int part;

      @Override
      public boolean hasNext() {
        while (part < parts.size() && !parts.get(part).hasNext()) {
          part++;
        }
        return part < parts.size();
      }

      @Override
      public Piece next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return parts.get(part).next();
      }
    };
  }

  /** Bytes from the generator go to the buffer of the current {@link #appendTo} call. */
  private static final class BufferSink extends OutputStream {
    private Buffer target;

    @Override
    public void write(int b) {
      target.appendByte((byte) b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      target.appendBytes(bytes, offset, length);
    }
  }
}
