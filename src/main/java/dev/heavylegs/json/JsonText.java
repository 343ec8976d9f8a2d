package dev.heavylegs.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON text, laid out as
 * Jackson's default pretty printer does, or on one line.
 */
public final class JsonText {

  // Characters beyond the basic plane (an emoji in an id) are written as they are, as the text
  // writer does, not as escaped surrogate pairs (Jackson's default when it encodes UTF-8 itself).
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private JsonText() {}

  /** {@code value} as indented JSON. */
  public static String pretty(Object value) {
    return write(value, true);
  }

  /** {@code value} as JSON on one line. */
  public static String compact(Object value) {
    return write(value, false);
  }

  /**
   * {@code value} as JSON on one line, encoded in UTF-8: for a stream of records (a batch), where
   * encoding as it is written saves a pass over every character on the thread that writes them.
   */
  public static byte[] compactUtf8(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (JsonGenerator out = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      write(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does no I/O
    }
    return bytes.toByteArray();
  }

  private static String write(Object value, boolean pretty) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      if (pretty) {
        out.useDefaultPrettyPrinter();
      }
      write(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does no I/O
    }
    return text.toString();
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeFieldName(String.valueOf(entry.getKey()));
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Iterable<?> list) {
      out.writeStartArray();
      for (Object item : list) {
        write(out, item);
      }
      out.writeEndArray();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      out.writeNumber(big);
    } else if (value instanceof Number n) {
      out.writeNumber(n.doubleValue());
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }
}
