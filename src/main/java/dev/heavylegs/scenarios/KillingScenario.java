package dev.heavylegs.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.mutate.KbaseMutants.Mutant;
import dev.heavylegs.kbase.mutate.KbaseMutants.Probe;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.file.AnswersReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a scenario that tells a mutant from the knowledge base, to suggest to the expert: answers
 * on which the two conclude differently, with what the knowledge base concludes there as the
 * expectation. It is made from the answer that parts them, alone and in each existing scenario,
 * then from the existing scenarios as they are and two at a time, and is kept only once it has been
 * run against both.
 */
final class KillingScenario {

  /** Enough to try every pair of a hundred scenarios or so; a suggestion is not worth more. */
  private static final int MAX_TRIES = 6000;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private final KnowledgeBase base;
  private final KnowledgeBase mutant;
  private final AnswersReader reader;

  KillingScenario(KnowledgeBase base, KnowledgeBase mutant) {
    this.base = base;
    this.mutant = mutant;
    this.reader = new AnswersReader(base.questions());
  }

  /**
   * A scenario, as YAML to paste into a scenario file, that passes on the knowledge base and fails
   * on the mutant; empty when none was found.
   *
   * @param scenarios the existing scenarios, those that fired the changed rule first
   */
  Optional<String> find(Mutant change, List<Scenario> scenarios) {
    int tries = 0;
    for (JsonNode answers : candidates(change, scenarios)) {
      if (++tries > MAX_TRIES) {
        break;
      }
      Optional<Answers> read = read(answers);
      if (read.isEmpty()) {
        continue;
      }
      Conclusions expected = Conclusions.of(base, read.get());
      Conclusions mutated = Conclusions.of(mutant, read.get());
      if (!expected.equals(mutated)) {
        return Optional.of(yaml(name(change), answers, expected, mutated));
      }
    }
    return Optional.empty();
  }

  private Iterable<JsonNode> candidates(Mutant change, List<Scenario> scenarios) {
    List<JsonNode> first = new ArrayList<>();
    change
        .probe()
        .ifPresent(
            probe -> {
              first.add(withProbe(JSON.objectNode(), probe));
              scenarios.forEach(s -> first.add(withProbe(s.answers(), probe)));
            });
    scenarios.forEach(s -> first.add(s.answers()));
    // then every pair, lazily: most searches end among the first candidates
    return () ->
        new java.util.Iterator<>() {
          int single = 0;
          int i = 0;
          int j = 1;

          @Override
          public boolean hasNext() {
            return single < first.size() || i < scenarios.size() - 1;
          }

          @Override
          public JsonNode next() {
            if (single < first.size()) {
              return first.get(single++);
            }
            JsonNode merged = merged(scenarios.get(i).answers(), scenarios.get(j).answers());
            if (++j >= scenarios.size()) {
              i++;
              j = i + 1;
            }
            return merged;
          }
        };
  }

  private static JsonNode withProbe(JsonNode answers, Probe probe) {
    ObjectNode copy = answers.isObject() ? ((ObjectNode) answers).deepCopy() : JSON.objectNode();
    double value = probe.value();
    if (value == Math.rint(value)) {
      copy.put(probe.question(), (long) value);
    } else {
      copy.put(probe.question(), value);
    }
    return copy;
  }

  /** Two runners' answers in one: the first's where both answered, choices of both combined. */
  private static JsonNode merged(JsonNode first, JsonNode second) {
    ObjectNode merged = first.isObject() ? ((ObjectNode) first).deepCopy() : JSON.objectNode();
    second
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode mine = merged.get(field.getKey());
              if (mine == null) {
                merged.set(field.getKey(), field.getValue());
              } else if (mine.isArray() && field.getValue().isArray()) {
                Set<JsonNode> both = new LinkedHashSet<>();
                mine.forEach(both::add);
                field.getValue().forEach(both::add);
                ArrayNode union = JSON.arrayNode();
                both.forEach(union::add);
                merged.set(field.getKey(), union);
              }
            });
    return merged;
  }

  private Optional<Answers> read(JsonNode answers) {
    try {
      return Optional.of(reader.fromTree("suggested scenario", answers));
    } catch (InvalidAnswerException e) {
      return Optional.empty(); // answers of two runners that cannot go together
    }
  }

  private static String name(Mutant change) {
    return "pins " + change.rule().id() + " (" + change.change() + " must be noticed)";
  }

  /** The scenario: what the knowledge base concludes where the mutant concludes otherwise. */
  private static String yaml(
      String name, JsonNode answers, Conclusions expected, Conclusions mutated) {
    ObjectNode expect = JSON.objectNode();
    ObjectNode absent = JSON.objectNode();
    if (expected.topCause() != null && !expected.topCause().equals(mutated.topCause())) {
      expect.put("top-cause", expected.topCause());
    }
    listDifference("causes", expected.causes(), mutated.causes(), expect, absent);
    ObjectNode strengths = JSON.objectNode();
    expected
        .strengths()
        .forEach(
            (cause, strength) -> {
              Integer other = mutated.strengths().get(cause);
              if (other != null && !other.equals(strength)) {
                strengths.put(cause, strength);
              }
            });
    if (!strengths.isEmpty()) {
      expect.set("strength", strengths);
    }
    listDifference(
        "conditions",
        List.copyOf(expected.conditions()),
        List.copyOf(mutated.conditions()),
        expect,
        absent);
    listDifference(
        "recommendations",
        List.copyOf(expected.recommendations()),
        List.copyOf(mutated.recommendations()),
        expect,
        absent);
    ArrayNode referrals = JSON.arrayNode();
    ArrayNode noReferrals = JSON.arrayNode();
    for (Map.Entry<String, String> referral : expected.referrals().entrySet()) {
      if (!referral.getValue().equals(mutated.referrals().get(referral.getKey()))) {
        referrals.add(referral.getKey() + " (" + referral.getValue() + ")");
      }
    }
    mutated.referrals().keySet().stream()
        .filter(id -> !expected.referrals().containsKey(id))
        .forEach(noReferrals::add);
    if (!referrals.isEmpty()) {
      expect.set("referrals", referrals);
    }
    if (!noReferrals.isEmpty()) {
      absent.set("referrals", noReferrals);
    }
    ObjectNode scenario = JSON.objectNode();
    scenario.put("name", name);
    scenario.set("answers", answers);
    if (!expect.isEmpty()) {
      scenario.set("expect", expect);
    }
    if (!absent.isEmpty()) {
      scenario.set("absent", absent);
    }
    try {
      return YAML.writeValueAsString(JSON.arrayNode().add(scenario));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void listDifference(
      String key,
      List<String> expected,
      List<String> mutated,
      ObjectNode expect,
      ObjectNode absent) {
    ArrayNode wanted = JSON.arrayNode();
    expected.stream().filter(id -> !mutated.contains(id)).forEach(wanted::add);
    ArrayNode unwanted = JSON.arrayNode();
    mutated.stream().filter(id -> !expected.contains(id)).forEach(unwanted::add);
    if (!wanted.isEmpty()) {
      expect.set(key, wanted);
    }
    if (!unwanted.isEmpty()) {
      absent.set(key, unwanted);
    }
  }
}
