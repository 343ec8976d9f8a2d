package dev.heavylegs.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a whole line typed at a question: unknown in any of the catalogue's words for it ({@code
 * not sure}), nothing at all, an answer, or words to ask back about. Choices are matched by {@link
 * ChoiceMatcher}; several choices are separated by commas or "and". Numbers and yes or no are read
 * by {@link TypedAnswerParser}.
 */
public final class TypedAnswerReader {

  /** What a typed line says. */
  public sealed interface Reading {}

  /** Nothing typed. */
  public record Blank() implements Reading {}

  /** The runner does not know. */
  public record Unknown() implements Reading {}

  /** A valid answer. */
  public record Given(GivenAnswer answer) implements Reading {}

  /** An answer that cannot be taken, with why ({@code "brutal" is not one of: ...}). */
  public record Refused(String reason) implements Reading {}

  /**
   * A choice given nearly right: the runner is asked whether they meant {@code choice}. {@link
   * #resolved()} is the line with it spelt right.
   */
  public record NearMiss(String typed, String choice, List<String> parts, int index)
      implements Reading {

    /** The typed line with the misspelt words replaced by the choice. */
    public String resolved() {
      List<String> replaced = new ArrayList<>(parts);
      replaced.set(index, choice);
      return String.join(", ", replaced);
    }
  }

  /**
   * Words that could name any of {@code candidates}: the runner is asked which. {@link
   * #resolved(List)} is the line with those words replaced by the choices picked.
   */
  public record AskBack(String typed, List<String> candidates, List<String> parts, int index)
      implements Reading {

    /** The typed line with the ambiguous words replaced by {@code chosen}. */
    public String resolved(List<String> chosen) {
      List<String> replaced = new ArrayList<>(parts);
      replaced.set(index, String.join(", ", chosen));
      return String.join(", ", replaced);
    }
  }

  private static final List<String> NONE =
      List.of("none", "nothing", "no", "none of these", "none of them", "none of the above");

  private final QuestionCatalogue catalogue;

  public TypedAnswerReader(QuestionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * True when {@code text} is one of the catalogue's words for "I don't know": compared as words
   * ({@code Don't know!} is {@code dont know}), or as typed when it has no letters ({@code ??}).
   */
  public boolean meansUnknown(String text) {
    String typed = ChoiceMatcher.normalized(text);
    return catalogue.unknownAnswers().stream()
        .anyMatch(
            w ->
                typed.isEmpty()
                    ? w.strip().equals(text.strip())
                    : ChoiceMatcher.normalized(w).equals(typed));
  }

  /**
   * What {@code text} answers to {@code question}.
   *
   * @param safetyRelevant choices of {@code question} that a partial match may not settle alone
   */
  public Reading read(Question question, String text, Set<String> safetyRelevant) {
    if (text.isBlank()) {
      return new Blank();
    }
    if (meansUnknown(text)) {
      return new Unknown();
    }
    try {
      return switch (question.type()) {
        case NUMBER, INTEGER, BOOLEAN -> new Given(TypedAnswerParser.parse(question, text));
        case CHOICE -> one(question, text, safetyRelevant);
        case MULTI_CHOICE -> several(question, text, safetyRelevant);
      };
    } catch (InvalidAnswerException e) {
      return new Refused(e.getMessage());
    }
  }

  private Reading one(Question question, String text, Set<String> safety) {
    ChoiceMatcher.Match match = new ChoiceMatcher(question, safety).match(text);
    return reading(match, question, text, List.of(text), 0)
        .orElseGet(() -> new Given(new GivenAnswer.Choice(((ChoiceMatcher.Found) match).choice())));
  }

  /** What a match other than {@link ChoiceMatcher.Found} means for the line; empty if found. */
  private static Optional<Reading> reading(
      ChoiceMatcher.Match match, Question question, String part, List<String> parts, int index) {
    if (match instanceof ChoiceMatcher.Candidates c) {
      return Optional.of(new AskBack(part.strip(), c.choices(), parts, index));
    }
    if (match instanceof ChoiceMatcher.NearMiss n) {
      return Optional.of(new NearMiss(part.strip(), n.choice(), parts, index));
    }
    if (match instanceof ChoiceMatcher.NoMatch) {
      return Optional.of(new Refused(notAChoice(question, part)));
    }
    return Optional.empty();
  }

  private Reading several(Question question, String text, Set<String> safety) {
    ChoiceMatcher matcher = new ChoiceMatcher(question, safety);
    if (NONE.contains(ChoiceMatcher.normalized(text))) {
      return new Given(new GivenAnswer.Choices(List.of()));
    }
    // The whole line first: a description typed out may hold commas of its own.
    if (matcher.match(text) instanceof ChoiceMatcher.Found whole) {
      return new Given(new GivenAnswer.Choices(List.of(whole.choice())));
    }
    List<String> parts = parts(text, matcher);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (NONE.contains(ChoiceMatcher.normalized(part))) {
        return new Refused(
            TypedAnswerParser.quoted(text)
                + " has none together with a choice: answer none alone,"
                + " or only the choices that apply");
      }
      ChoiceMatcher.Match match = matcher.match(part);
      if (!(match instanceof ChoiceMatcher.Found)) {
        // "thirst dark-urine", as the prompt always took it: ids or numbers separated by spaces
        Optional<List<String>> spaced = wordByWord(part, matcher);
        if (spaced.isPresent()) {
          spaced.get().stream().filter(v -> !values.contains(v)).forEach(values::add);
          continue;
        }
      }
      Optional<Reading> notFound = reading(match, question, part, parts, i);
      if (notFound.isPresent()) {
        return notFound.get();
      }
      String found = ((ChoiceMatcher.Found) match).choice();
      if (!values.contains(found)) {
        values.add(found);
      }
    }
    return new Given(new GivenAnswer.Choices(values));
  }

  /**
   * The parts of a list: split at commas, semicolons and "and", except where a comma's part as a
   * whole names a choice.
   */
  private static List<String> parts(String text, ChoiceMatcher matcher) {
    List<String> parts = new ArrayList<>();
    for (String byComma : text.split("[,;]")) {
      if (byComma.isBlank()) {
        continue; // ",thirst" or "thirst,": a stray separator
      }
      if (matcher.match(byComma) instanceof ChoiceMatcher.Found) {
        parts.add(byComma.strip());
        continue;
      }
      for (String byAnd : byComma.split("(?i)\\s+(?:and|&|\\+)\\s+|^\\s*and\\s+")) {
        if (!byAnd.isBlank()) {
          parts.add(byAnd.strip());
        }
      }
    }
    return parts;
  }

  /** Each space-separated word of {@code part} as an exact id or number, if every one is. */
  private static Optional<List<String>> wordByWord(String part, ChoiceMatcher matcher) {
    String[] words = part.strip().split("\\s+");
    if (words.length < 2) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (String word : words) {
      if (!(matcher.match(word) instanceof ChoiceMatcher.Found f)
          || !(word.matches("\\d+")
              || ChoiceMatcher.normalized(word).equals(ChoiceMatcher.normalized(f.choice())))) {
        return Optional.empty();
      }
      values.add(f.choice());
    }
    return Optional.of(values);
  }

  private static String notAChoice(Question question, String typed) {
    return TypedAnswerParser.quoted(typed)
        + " is not one of: "
        + String.join(", ", question.choices().keySet());
  }
}
