package dev.heavylegs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streaming JSON reader and writer behave as the ObjectMapper they replace on the fast paths.
 */
class JsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readsWhatAnObjectMapperReadsAndAllowsComments() throws Exception {
    String text =
        "{\"a\": 1, \"b\": [true, null, 2.5, \"x\"], \"c\": {\"d\": 12345678901234567890}}";
    assertThat(JsonTrees.parse(text)).isEqualTo(MAPPER.readTree(text));
    assertThat(JsonTrees.parse("// the runner\n{\"a\": 1 /* km */}").get("a").asInt()).isEqualTo(1);
    assertThat(JsonTrees.parse("  ").isMissingNode()).isTrue();
  }

  @Test
  void malformedTextIsAnErrorWithItsPositionAndTrailingTextIsNotIgnored() {
    JsonProcessingException broken =
        catchThrowableOfType(
            () -> JsonTrees.parse("{\"a\": 1,\n \"b\": }"), JsonProcessingException.class);
    assertThat(broken.getLocation().getLineNr()).isEqualTo(2);

    JsonProcessingException trailing =
        catchThrowableOfType(
            () -> JsonTrees.parse("{\"a\": 1} {\"b\": 2}"), JsonProcessingException.class);
    assertThat(trailing.getOriginalMessage()).contains("Trailing token");
  }

  @Test
  void writesWhatAnObjectMapperWritesPrettyAndCompact() throws Exception {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("id", "hot-weather");
    inner.put("strength", 6);
    inner.put("value", 0.8);
    inner.put("none", null);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("causes", List.of(inner, Map.of("big", 12345678901L)));
    root.put("empty", List.of());
    root.put("redFlagsChecked", true);
    root.put("title", "Hot \"weather\" – 30 °C\n");

    assertThat(JsonText.pretty(root))
        .isEqualTo(
            MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    assertThat(JsonText.compact(root)).isEqualTo(MAPPER.writeValueAsString(root));
    assertThat(JsonText.compact(JsonTrees.plain(JsonTrees.parse(JsonText.compact(root)))))
        .isEqualTo(JsonText.compact(root));
  }
}
