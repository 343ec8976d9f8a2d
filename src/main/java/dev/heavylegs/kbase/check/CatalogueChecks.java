package dev.heavylegs.kbase.check;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.questions.ChoiceMatcher;
import dev.heavylegs.questions.ConsistencyRule;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the question catalogue says beside its questions: that no typed words name two
 * choices of one question (a synonym claimed twice, or one that is another choice's id or
 * description), and that consistency rules name numeric questions that exist. Each problem points
 * at the line and column in {@code questions.yaml}.
 */
public final class CatalogueChecks {

  private final QuestionCatalogue catalogue;
  private final List<String> lines;
  private final String shownPath;
  private final List<KbaseProblem> out;

  public CatalogueChecks(
      QuestionCatalogue catalogue, String text, String shownPath, List<KbaseProblem> out) {
    this.catalogue = catalogue;
    this.lines = text.lines().toList();
    this.shownPath = shownPath;
    this.out = out;
  }

  public void check() {
    catalogue.all().forEach(this::synonyms);
    int start = firstLine(Pattern.compile("^consistency\\s*:"), 0).orElse(0);
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
        error(start, id, why);
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
    int idLine =
        firstLine(Pattern.compile("^\\s*-?\\s*id:\\s*" + Pattern.quote(question.id()) + "\\s*$"), 0)
            .orElse(0);
    int synonymsLine = firstLine(Pattern.compile("^\\s+synonyms\\s*:"), idLine).orElse(idLine);
    for (String choice : question.choices().keySet()) {
      for (String synonym : question.synonymsOf(choice)) {
        String owner = claimed.putIfAbsent(ChoiceMatcher.normalized(synonym), choice);
        if (owner != null && !owner.equals(choice)) {
          int choiceLine =
              firstLine(Pattern.compile("^\\s+" + Pattern.quote(choice) + "\\s*:"), synonymsLine)
                  .orElse(synonymsLine);
          error(
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

  /** An error at the first line from {@code from} (0-based) where {@code word} appears. */
  private void error(int from, String word, String message) {
    Pattern at = Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])");
    for (int i = from; i < lines.size(); i++) {
      Matcher m = at.matcher(lines.get(i));
      if (m.find()) {
        out.add(KbaseProblem.error(shownPath, i + 1, m.start() + 1, message));
        return;
      }
    }
    out.add(KbaseProblem.error(shownPath, from + 1, 1, message));
  }

  private Optional<Integer> firstLine(Pattern pattern, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).find()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
