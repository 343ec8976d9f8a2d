package dev.heavylegs.kbase.check;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.questions.AnswerParser;
import dev.heavylegs.questions.ChoiceMatcher;
import dev.heavylegs.questions.ConsistencyRule;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what the question catalogue says beside its questions: that synonyms are given to choices
 * that exist and that no typed words name two choices of one question (a synonym claimed twice, or
 * one that is another choice's id or description); that no word for "I don't know" is also an
 * answer (a choice, yes or no, a number), which the runner could then never give; and that
 * consistency rules name numeric questions that exist. Each problem points at the line and column
 * in {@code questions.yaml}.
 */
public final class CatalogueChecks {

  private final QuestionCatalogue catalogue;
  private final YamlPlaces places;

  public CatalogueChecks(
      QuestionCatalogue catalogue, String text, String shownPath, List<KbaseProblem> out) {
    this.catalogue = catalogue;
    this.places = new YamlPlaces(text, shownPath, out);
  }

  public void check() {
    catalogue.all().forEach(this::synonyms);
    unknownAnswers();
    int start = places.firstLine(Pattern.compile("^consistency\\s*:"), 0).orElse(0);
    for (ConsistencyRule rule : catalogue.consistency()) {
      for (String id : rule.terms().keySet()) {
        Optional<Question> question = catalogue.find(id);
        if (question.isPresent() && question.get().type().isNumeric()) {
          continue;
        }
        String why =
            question.isEmpty()
                ? "unknown question '"
                    + id
                    + "' in a consistency rule"
                    + catalogue.closestId(id).map(c -> " (did you mean " + c + "?)").orElse("")
                : "question '"
                    + id
                    + "' is a "
                    + question.get().type().label()
                    + " question: a consistency rule "
                    + rule.combination().label()
                    + "s numbers";
        places.error(start, id, why);
      }
    }
  }

  private void synonyms(Question question) {
    Map<String, String> claimed = new HashMap<>();
    for (String choice : question.choices().keySet()) {
      claimed.put(ChoiceMatcher.normalized(choice), choice);
    }
    for (String choice : question.choices().keySet()) {
      claimed.putIfAbsent(ChoiceMatcher.normalized(question.choices().get(choice)), choice);
    }
    int idLine = places.questionLine(question.id());
    int synonymsLine =
        places.firstLine(Pattern.compile("^\\s+synonyms\\s*:"), idLine).orElse(idLine);
    for (String choice : question.synonyms().keySet()) {
      int choiceLine = places.keyLine(choice, synonymsLine).orElse(synonymsLine);
      if (!question.hasChoice(choice)) {
        places.error(
            choiceLine,
            choice,
            "question '"
                + question.id()
                + "': synonyms for '"
                + choice
                + "', which is not one of its choices"
                + question.closestChoice(choice).map(c -> " (did you mean " + c + "?)").orElse(""));
        continue;
      }
      for (String synonym : question.synonymsOf(choice)) {
        String owner = claimed.putIfAbsent(ChoiceMatcher.normalized(synonym), choice);
        if (owner != null && !owner.equals(choice)) {
          places.error(
              choiceLine,
              synonym,
              "question '"
                  + question.id()
                  + "': the synonym \""
                  + synonym
                  + "\" of '"
                  + choice
                  + "' already names '"
                  + owner
                  + "': typed words must name one choice only");
        }
      }
    }
  }

  /**
   * The words for "I don't know" are read before any answer, so one that is also an answer would
   * take that answer away from every runner.
   */
  private void unknownAnswers() {
    int start = places.firstLine(Pattern.compile("^unknown-answers\\s*:"), 0).orElse(0);
    for (String words : catalogue.unknownAnswers()) {
      if (words == null || words.isBlank()) {
        places.error(
            start,
            "unknown-answers",
            "unknown-answers: an empty entry; each entry is words a runner may type for"
                + " \"I don't know\"");
        continue;
      }
      alsoAnAnswer(words)
          .ifPresent(
              answer ->
                  places.listItemError(
                      start,
                      words.strip(),
                      "unknown-answers: \""
                          + words.strip()
                          + "\" is also "
                          + answer
                          + ": a runner who types it would be recorded as not knowing; keep it in"
                          + " one place only"));
    }
  }

  /** What {@code words} already answer, in an expert's words, if they answer anything. */
  private Optional<String> alsoAnAnswer(String words) {
    String typed = ChoiceMatcher.normalized(words);
    if (AnswerParser.yesOrNo(words).isPresent()) {
      return Optional.of("an answer to yes-or-no questions");
    }
    if (typed.matches("\\d+([.,]\\d+)?")) {
      return Optional.of("a number (or a choice's number)");
    }
    for (Question question : catalogue.all()) {
      for (String choice : question.choices().keySet()) {
        List<String> names = new ArrayList<>();
        names.add(choice);
        names.add(question.choices().get(choice));
        names.addAll(question.synonymsOf(choice));
        if (!typed.isEmpty()
            && names.stream().map(ChoiceMatcher::normalized).anyMatch(typed::equals)) {
          return Optional.of(
              "a name of choice '" + choice + "' of question '" + question.id() + "'");
        }
      }
    }
    return Optional.empty();
  }
}
