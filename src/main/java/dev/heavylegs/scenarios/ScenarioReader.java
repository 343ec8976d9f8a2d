package dev.heavylegs.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the scenario files of a knowledge base ({@code scenarios/*.yaml}). */
public final class ScenarioReader {

  /** The scenarios folder inside a knowledge base. */
  public static final String SCENARIOS_DIR = "scenarios";

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  record Entry(
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) JsonNode answers,
      OutcomeEntry expect,
      OutcomeEntry absent,
      List<String> asked,
      @JsonProperty("not-asked") List<String> notAsked) {}

  record OutcomeEntry(
      @JsonProperty("top-cause") String topCause,
      List<String> causes,
      List<String> conditions,
      List<String> recommendations,
      List<String> referrals,
      Map<String, Integer> strength,
      List<String> ranking) {

    Scenario.Outcome toOutcome() {
      return new Scenario.Outcome(
          topCause, causes, conditions, recommendations, referrals, strength, ranking);
    }
  }

  private ScenarioReader() {}

  /** Every scenario below {@code kbaseDir/scenarios}, in file order. */
  public static List<Scenario> readAll(Path kbaseDir, String shownRoot)
      throws ScenarioFileException {
    List<Path> files = KnowledgeBaseLoader.scenarioFiles(kbaseDir);
    List<Scenario> scenarios = new ArrayList<>();
    for (Path file : files) {
      String shown = shownRoot + "/" + kbaseDir.relativize(file).toString().replace('\\', '/');
      scenarios.addAll(read(file, shown));
    }
    return scenarios;
  }

  /** The scenarios in one file. */
  public static List<Scenario> read(Path file, String shownPath) throws ScenarioFileException {
    List<Entry> entries;
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
      CollectionType type = YAML.getTypeFactory().constructCollectionType(List.class, Entry.class);
      entries = YAML.readValue(file.toFile(), type);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String message =
          e instanceof UnrecognizedPropertyException unknown
              ? "unknown key '"
                  + unknown.getPropertyName()
                  + "' (keys: "
                  + unknown.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", "))
                  + ")"
              : e.getOriginalMessage().lines().findFirst().orElse("");
      throw new ScenarioFileException(
          shownPath
              + ":"
              + (at == null ? 0 : at.getLineNr())
              + ":"
              + (at == null ? 0 : at.getColumnNr())
              + ": error: "
              + message);
    } catch (IOException e) {
      throw new ScenarioFileException(shownPath + ": error: cannot read: " + e.getMessage());
    }
    List<Scenario> scenarios = new ArrayList<>();
    int searchFrom = 0;
    for (Entry entry : entries == null ? List.<Entry>of() : entries) {
      int line = lineOf(lines, entry.name(), searchFrom);
      searchFrom = Math.max(searchFrom, line);
      if (entry.absent() != null
          && (entry.absent().strength() != null && !entry.absent().strength().isEmpty()
              || entry.absent().ranking() != null && !entry.absent().ranking().isEmpty())) {
        throw new ScenarioFileException(
            shownPath
                + ":"
                + line
                + ": error: strength and ranking belong under expect: (a cause that must not"
                + " come out has neither)");
      }
      scenarios.add(
          new Scenario(
              entry.name(),
              shownPath,
              line,
              entry.answers(),
              entry.expect() == null ? Scenario.Outcome.NOTHING : entry.expect().toOutcome(),
              entry.absent() == null ? Scenario.Outcome.NOTHING : entry.absent().toOutcome(),
              entry.asked(),
              entry.notAsked()));
    }
    return scenarios;
  }

  private static int lineOf(List<String> lines, String name, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).contains("name:") && lines.get(i).contains(name)) {
        return i + 1;
      }
    }
    return 0;
  }
}
