package dev.heavylegs.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.mutate.KbaseMutants;
import dev.heavylegs.kbase.mutate.KbaseMutants.Mutant;
import dev.heavylegs.kbase.mutate.KbaseMutants.Probe;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.file.AnswersReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

  /** Text YAML reads back unchanged without quotes (checked further in {@link #scalar}). */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][\\w .,:()%°→'<>=-]*");

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
    String what =
        change.kind() == KbaseMutants.Kind.NOT
            ? "leaving out the not at " + Path.of(change.where()).getFileName()
            : change.change();
    return "pins " + change.rule().id() + " (" + what + " must be noticed)";
  }

  /**
   * The scenario, written as the shipped scenario files are: what the knowledge base concludes
   * where the mutant concludes otherwise.
   */
  private static String yaml(
      String name, JsonNode answers, Conclusions expected, Conclusions mutated) {
    Map<String, String> expect = new LinkedHashMap<>();
    Map<String, String> absent = new LinkedHashMap<>();
    if (expected.topCause() != null && !expected.topCause().equals(mutated.topCause())) {
      expect.put("top-cause", expected.topCause());
    }
    difference("causes", expected.causes(), mutated.causes(), expect, absent);
    List<String> strengths = new ArrayList<>();
    expected
        .strengths()
        .forEach(
            (cause, strength) -> {
              Integer other = mutated.strengths().get(cause);
              if (other != null && !other.equals(strength)) {
                strengths.add(cause + ": " + strength);
              }
            });
    if (!strengths.isEmpty()) {
      expect.put("strength", "{" + String.join(", ", strengths) + "}");
    }
    difference(
        "conditions",
        List.copyOf(expected.conditions()),
        List.copyOf(mutated.conditions()),
        expect,
        absent);
    difference(
        "recommendations",
        List.copyOf(expected.recommendations()),
        List.copyOf(mutated.recommendations()),
        expect,
        absent);
    List<String> referrals = new ArrayList<>();
    expected
        .referrals()
        .forEach(
            (id, urgency) -> {
              if (!urgency.equals(mutated.referrals().get(id))) {
                referrals.add(id + " (" + urgency + ")");
              }
            });
    if (!referrals.isEmpty()) {
      expect.put("referrals", flow(referrals));
    }
    List<String> noReferrals =
        mutated.referrals().keySet().stream()
            .filter(id -> !expected.referrals().containsKey(id))
            .toList();
    if (!noReferrals.isEmpty()) {
      absent.put("referrals", flow(noReferrals));
    }
    StringBuilder yaml = new StringBuilder("- name: ").append(scalar(name)).append('\n');
    yaml.append("  answers:");
    if (answers.isEmpty()) {
      yaml.append(" {}");
    }
    yaml.append('\n');
    answers
        .fields()
        .forEachRemaining(
            field ->
                yaml.append("    ")
                    .append(field.getKey())
                    .append(": ")
                    .append(value(field.getValue()))
                    .append('\n'));
    section(yaml, "expect", expect);
    section(yaml, "absent", absent);
    return yaml.toString();
  }

  private static void section(StringBuilder yaml, String key, Map<String, String> entries) {
    if (!entries.isEmpty()) {
      yaml.append("  ").append(key).append(":\n");
      entries.forEach((k, v) -> yaml.append("    ").append(k).append(": ").append(v).append('\n'));
    }
  }

  private static void difference(
      String key,
      List<String> expected,
      List<String> mutated,
      Map<String, String> expect,
      Map<String, String> absent) {
    List<String> wanted = expected.stream().filter(id -> !mutated.contains(id)).toList();
    List<String> unwanted = mutated.stream().filter(id -> !expected.contains(id)).toList();
    if (!wanted.isEmpty()) {
      expect.put(key, flow(wanted));
    }
    if (!unwanted.isEmpty()) {
      absent.put(key, flow(unwanted));
    }
  }

  private static String flow(List<String> items) {
    return "[" + String.join(", ", items.stream().map(KillingScenario::scalar).toList()) + "]";
  }

  /** An answer as a scenario writes it: {@code 640}, {@code true}, {@code [thirst, dark-urine]}. */
  private static String value(JsonNode value) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(value(item)));
      return "[" + String.join(", ", items) + "]";
    }
    return value.isTextual() ? scalar(value.asText()) : value.toString();
  }

  /** Text plain when YAML reads it back as the same text, else double-quoted (as JSON quotes). */
  private static String scalar(String text) {
    boolean plain =
        PLAIN.matcher(text).matches()
            && !text.contains(": ")
            && !text.contains(" #")
            && !List.of("true", "false", "yes", "no", "null", "on", "off").contains(text)
            && !text.matches("-?[0-9.]+");
    return plain ? text : JSON.textNode(text).toString();
  }
}
