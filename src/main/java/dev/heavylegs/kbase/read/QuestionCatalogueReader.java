package dev.heavylegs.kbase.read;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.QuestionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code questions.yaml} into a {@link QuestionCatalogue}, checking each entry. */
public final class QuestionCatalogueReader {

  /** The file's shape: a list of questions under {@code questions:}. */
  record CatalogueFile(@JsonProperty(required = true) List<Entry> questions) {}

  /** One question as written; its checks run as Jackson builds it, so errors carry a line. */
  record Entry(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String prompt,
      @JsonProperty(required = true) String type,
      String unit,
      Double min,
      Double max,
      LinkedHashMap<String, String> choices,
      String help) {

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
          help == null ? "" : help.strip());
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
    return clean ? Optional.of(new QuestionCatalogue(questions)) : Optional.empty();
  }
}
