package dev.heavylegs.kbase.read;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.questions.ConsistencyRule;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.QuestionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code questions.yaml} into a {@link QuestionCatalogue}, checking each entry. */
public final class QuestionCatalogueReader {

  /**
   * The file's shape: a list of questions under {@code questions:}, the answers that mean "I don't
   * know" under {@code unknown-answers:}, and limits between answers under {@code consistency:}.
   */
  record CatalogueFile(
      @JsonProperty(required = true) List<Entry> questions,
      @JsonProperty("unknown-answers") List<String> unknownAnswers,
      List<Limit> consistency) {}

  /**
   * One consistency rule as written: {@code sum:} or {@code product:} a list of question ids (for a
   * sum, also a map of id to factor), {@code at-most:} and {@code message:}.
   */
  record Limit(
      JsonNode sum,
      JsonNode product,
      @JsonProperty(value = "at-most", required = true) Double atMost,
      @JsonProperty(required = true) String message) {

    Limit {
      if ((sum == null) == (product == null)) {
        throw new IllegalArgumentException(
            "a consistency rule needs either sum: or product: (a list of question ids)");
      }
      JsonNode terms = sum != null ? sum : product;
      boolean listed = terms.isArray() && terms.size() >= 2;
      boolean weighted = sum != null && terms.isObject() && terms.size() >= 2;
      if (!listed && !weighted) {
        throw new IllegalArgumentException(
            "a consistency rule's "
                + (sum != null ? "sum" : "product")
                + ": needs a list of at least two question ids"
                + (sum != null ? " (or a map of question id to factor)" : ""));
      }
      terms.forEach(
          t -> {
            if (listed ? !t.isTextual() : !t.isNumber()) {
              throw new IllegalArgumentException(
                  listed
                      ? "a consistency rule lists question ids, not " + t
                      : "a consistency rule's factors are numbers, not " + t);
            }
          });
      if (message.isBlank()) {
        throw new IllegalArgumentException("a consistency rule needs a message");
      }
    }

    ConsistencyRule toRule() {
      JsonNode terms = sum != null ? sum : product;
      Map<String, Double> factors = new LinkedHashMap<>();
      if (terms.isArray()) {
        terms.forEach(t -> factors.merge(t.asText(), 1.0, Double::sum));
      } else {
        terms.fields().forEachRemaining(e -> factors.put(e.getKey(), e.getValue().asDouble()));
      }
      return new ConsistencyRule(
          sum != null ? ConsistencyRule.Combination.SUM : ConsistencyRule.Combination.PRODUCT,
          factors,
          atMost,
          message);
    }
  }

  /** One question as written; its checks run as Jackson builds it, so errors carry a line. */
  record Entry(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String prompt,
      @JsonProperty(required = true) String type,
      String unit,
      Double min,
      Double max,
      LinkedHashMap<String, String> choices,
      String help,
      LinkedHashMap<String, List<String>> synonyms) {

    Entry {
      QuestionType kind =
          QuestionType.fromLabel(type)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "question '"
                              + id
                              + "': unknown type '"
                              + type
                              + "' (expected number, integer, boolean, choice or multi-choice)"));
      if (kind.isNumeric() && (min == null || max == null || min > max)) {
        throw new IllegalArgumentException(
            "question '" + id + "': a " + type + " question needs min and max, with min <= max");
      }
      if (!kind.isNumeric() && (min != null || max != null)) {
        throw new IllegalArgumentException("question '" + id + "': only numbers have min and max");
      }
      boolean choosing = kind == QuestionType.CHOICE || kind == QuestionType.MULTI_CHOICE;
      if (choosing && (choices == null || choices.isEmpty())) {
        throw new IllegalArgumentException(
            "question '" + id + "': a " + type + " question needs choices");
      }
      if (!choosing && choices != null) {
        throw new IllegalArgumentException(
            "question '" + id + "': only choice questions have choices");
      }
      if (synonyms != null && !choosing) {
        throw new IllegalArgumentException(
            "question '" + id + "': only choice questions have synonyms");
      }
      // A synonym for a choice that does not exist is found by CatalogueChecks, at its own line.
      if (synonyms != null) {
        for (var entry : synonyms.entrySet()) {
          if (entry.getValue() == null
              || entry.getValue().stream().anyMatch(w -> w == null || w.isBlank())) {
            throw new IllegalArgumentException(
                "question '"
                    + id
                    + "': the synonyms of '"
                    + entry.getKey()
                    + "' are a list of words, none empty");
          }
        }
      }
    }

    Question toQuestion() {
      return new Question(
          id,
          prompt,
          QuestionType.fromLabel(type).orElseThrow(),
          unit,
          min,
          max,
          choices,
          help == null ? "" : help.strip(),
          synonyms);
    }
  }

  private QuestionCatalogueReader() {}

  /**
   * The catalogue in {@code text}, the content of {@code questions.yaml}, shown as {@code
   * shownPath}.
   */
  public static Optional<QuestionCatalogue> read(
      String text, String shownPath, List<KbaseProblem> out) {
    Optional<CatalogueFile> parsed = YamlFiles.read(text, shownPath, CatalogueFile.class, out);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    List<Question> questions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean clean = true;
    for (Entry entry : parsed.get().questions()) {
      if (!seen.add(entry.id())) {
        out.add(
            KbaseProblem.error(
                shownPath,
                YamlFiles.lineOfKey(text, entry.id()),
                1,
                "question '" + entry.id() + "' is defined twice"));
        clean = false;
      } else {
        questions.add(entry.toQuestion());
      }
    }
    if (!clean) {
      return Optional.empty();
    }
    CatalogueFile file = parsed.get();
    return Optional.of(
        new QuestionCatalogue(
            questions,
            file.unknownAnswers() == null ? List.of() : file.unknownAnswers(),
            file.consistency() == null
                ? List.of()
                : file.consistency().stream().map(Limit::toRule).toList()));
  }
}
