package dev.heavylegs.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Set;

/**
 * Tells a file an earlier batch wrote (which {@code batch --out} may replace) from its start: an
 * empty file, or one whose first record has the shape of a batch record ({@code {"id": ...,
 * "causes": ...}}, {@code {"causes": ...}}, an error record {@code {"id": ..., "line": ...}}) or of
 * a {@code --summary} ({@code {"profiles": ...}}). Only the first record's first fields are read,
 * so the check costs the same for a file of a million records.
 */
public final class BatchOutput {

  private static final JsonFactory JSON = new JsonFactory();

  /** The field a record starts with, after the optional "id". */
  private static final Set<String> AFTER_ID = Set.of("causes", "line");

  private static final Set<String> FIRST = Set.of("causes", "profiles");

  private BatchOutput() {}

  /** True when {@code start} (a file's first bytes) is the start of what a batch writes. */
  public static boolean wroteIt(byte[] start, boolean whole) {
    if (start.length == 0) {
      return true;
    }
    try (JsonParser parser = JSON.createParser(start)) {
      if (parser.nextToken() != JsonToken.START_OBJECT
          || parser.nextToken() != JsonToken.FIELD_NAME) {
        return false;
      }
      String first = parser.currentName();
      if (!first.equals("id")) {
        return FIRST.contains(first);
      }
      parser.nextToken();
      parser.skipChildren(); // the id, whatever it is
      return parser.nextToken() == JsonToken.FIELD_NAME && AFTER_ID.contains(parser.currentName());
    } catch (IOException e) {
      return false; // not JSON, or cut off before its first fields: not a batch's
    }
  }
}
