package dev.heavylegs.kbase.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.heavylegs.kbase.KbaseProblem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the kbase's YAML files into typed records, turning any mistake into a {@link KbaseProblem}
 * at the line and column where it is: unknown keys, missing keys and wrong values alike.
 */
public final class YamlFiles {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static final Pattern MISSING_PROPERTY =
      Pattern.compile("Missing required creator property '([^']+)'");

  private YamlFiles() {}

  /**
   * {@code text}, the content of the file shown as {@code shownPath}, as a {@code type}, or empty
   * after adding a problem.
   */
  public static <T> Optional<T> read(
      String text, String shownPath, Class<T> type, List<KbaseProblem> out) {
    try {
      T value = YAML.readValue(text, type);
      if (value == null) {
        out.add(KbaseProblem.error(shownPath, 1, 1, "the file is empty"));
      }
      return Optional.ofNullable(value);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      Optional<int[]> tab = tabInIndentation(text, line);
      if (tab.isPresent()) {
        out.add(
            KbaseProblem.error(
                shownPath,
                tab.get()[0],
                tab.get()[1],
                "a tab in the indentation: YAML indents with spaces only; replace the tab with"
                    + " spaces"));
      } else {
        out.add(KbaseProblem.error(shownPath, line, column, plainMessage(e)));
      }
      return Optional.empty();
    }
  }

  /**
   * The line and column of the first tab in a line's indentation, at most two lines past {@code
   * errorLine} (the YAML parser reports a tab at the token before it): the cause of the error.
   */
  private static Optional<int[]> tabInIndentation(String text, int errorLine) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size() && i < errorLine + 2; i++) {
      String l = lines.get(i);
      for (int c = 0; c < l.length() && (l.charAt(c) == ' ' || l.charAt(c) == '\t'); c++) {
        if (l.charAt(c) == '\t') {
          return Optional.of(new int[] {i + 1, c + 1});
        }
      }
    }
    return Optional.empty();
  }

  /** The line (1-based) where {@code key:} first appears as a YAML key in {@code text}, or 0. */
  public static int lineOfKey(String text, String key) {
    List<String> lines = text.lines().toList();
    Pattern keyLine =
        Pattern.compile("^\\s*(- )?(id:\\s*)?" + Pattern.quote(key) + "\\s*:?\\s*(#.*)?$");
    for (int i = 0; i < lines.size(); i++) {
      if (keyLine.matcher(lines.get(i)).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String plainMessage(JsonProcessingException e) {
    String where = e instanceof JsonMappingException m ? pathOf(m) : "";
    if (e instanceof UnrecognizedPropertyException u) {
      String known =
          u.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      return "unknown key '"
          + u.getPropertyName()
          + "'"
          + where
          + " (expected one of: "
          + known
          + ")";
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return v.getCause().getMessage() + where;
    }
    String original = e.getOriginalMessage();
    Matcher missing = MISSING_PROPERTY.matcher(original);
    if (missing.find()) {
      return "missing key '" + missing.group(1) + "'" + where;
    }
    return original.lines().findFirst().orElse(original) + where;
  }

  /** " in questions[3]" or " in causes.hot-weather", from Jackson's reference path. */
  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "" : " in " + path;
  }
}
