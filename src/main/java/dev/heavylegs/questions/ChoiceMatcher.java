package dev.heavylegs.questions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds which choice of a question a few typed words name: by number, id, description or one of the
 * synonyms experts keep in {@code questions.yaml}, whole or by the beginnings of their words. Where
 * the words could name several choices, or only partly name a safety-relevant one (a choice that
 * can raise a referral), the candidates come back to be asked about: a possible clot is never filed
 * as swollen ankles because both begin with "swollen".
 */
public final class ChoiceMatcher {

  /** What some typed words name. */
  public sealed interface Match {}

  /** Exactly this choice. */
  public record Found(String choice) implements Match {}

  /** One of these choices, or several: the runner is asked which. */
  public record Candidates(List<String> choices) implements Match {}

  /** No choice, but this one is spelt nearly so. */
  public record NearMiss(String choice) implements Match {}

  /** No choice at all. */
  public record NoMatch() implements Match {}

  private final Question question;
  private final Set<String> safetyRelevant;
  // A list of several choices is matched part by part, each against every choice's names.
  private final Map<String, List<String>> names = new HashMap<>();

  /**
   * @param safetyRelevant the choices of {@code question} that a partial match may not settle alone
   */
  public ChoiceMatcher(Question question, Set<String> safetyRelevant) {
    this.question = question;
    this.safetyRelevant = safetyRelevant;
  }

  /** What {@code typed} names among the choices. */
  public Match match(String typed) {
    String words = normalized(typed);
    List<String> choices = new ArrayList<>(question.choices().keySet());
    if (words.isEmpty()) {
      return new NoMatch();
    }
    if (words.matches("\\d+")) {
      int index = Integer.parseInt(words.length() > 3 ? "0" : words);
      return index >= 1 && index <= choices.size()
          ? new Found(choices.get(index - 1))
          : new NoMatch();
    }
    List<String> exact = choices.stream().filter(c -> names(c).contains(words)).toList();
    if (exact.isEmpty()) {
      String letters = words.replace(" ", "");
      exact = choices.stream().filter(c -> normalized(c).replace(" ", "").equals(letters)).toList();
    }
    if (exact.size() == 1) {
      return new Found(exact.get(0));
    }
    if (exact.size() > 1) {
      return new Candidates(exact);
    }
    List<String> partial = choices.stream().filter(c -> partlyNames(c, words)).toList();
    if (partial.size() == 1 && !safetyRelevant.contains(partial.get(0))) {
      return new Found(partial.get(0));
    }
    if (!partial.isEmpty()) {
      return new Candidates(partial);
    }
    return nearest(words, choices).<Match>map(NearMiss::new).orElse(new NoMatch());
  }

  /** The id, the description and the synonyms of {@code choice}, each normalized. */
  private List<String> names(String choice) {
    return names.computeIfAbsent(
        choice,
        c -> {
          List<String> names = new ArrayList<>();
          names.add(normalized(c));
          names.add(normalized(question.choices().get(c)));
          question.synonymsOf(c).forEach(s -> names.add(normalized(s)));
          return List.copyOf(names);
        });
  }

  /** True when every typed word begins a word of one of {@code choice}'s names. */
  private boolean partlyNames(String choice, String words) {
    List<String> typed = Arrays.asList(words.split(" "));
    return names(choice).stream()
        .map(name -> Arrays.asList(name.split(" ")))
        .anyMatch(
            nameWords ->
                typed.stream().allMatch(w -> nameWords.stream().anyMatch(n -> n.startsWith(w))));
  }

  /** The choice spelt nearly as {@code words} (thrist for thirst), if one is close enough. */
  private Optional<String> nearest(String words, List<String> choices) {
    int allowed = words.length() <= 3 ? 0 : words.length() <= 5 ? 1 : 2;
    record Distance(String choice, int edits) {}
    return choices.stream()
        .flatMap(
            c -> spellings(c).stream().map(s -> new Distance(c, EditDistance.between(s, words))))
        .filter(d -> d.edits() <= allowed)
        .min(Comparator.comparingInt(Distance::edits))
        .map(Distance::choice);
  }

  /** What a near miss is compared with: the id and synonyms, whole and word by word. */
  private List<String> spellings(String choice) {
    List<String> spellings = new ArrayList<>();
    List<String> whole = new ArrayList<>(List.of(normalized(choice)));
    question.synonymsOf(choice).forEach(s -> whole.add(normalized(s)));
    for (String name : whole) {
      spellings.add(name);
      Arrays.stream(name.split(" ")).filter(w -> w.length() >= 4).forEach(spellings::add);
    }
    return spellings;
  }

  /**
   * {@code text} in lower case, apostrophes dropped ({@code don't} is {@code dont}), every other
   * run of non-letters one space: how typed words and the catalogue's words are compared.
   */
  public static String normalized(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return NOT_LETTERS.matcher(APOSTROPHES.matcher(lower).replaceAll("")).replaceAll(" ").strip();
  }

  // Compiled once: String.replaceAll compiles its pattern at every call, and a list of symptoms
  // normalizes every choice's names several times.
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019`]");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
}
