package dev.heavylegs.interview.dialogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A command typed at a question prompt instead of an answer.
 *
 * @param verb what to do
 * @param argument the word after the verb ({@code change shoe-distance-km}), or empty
 */
public record PromptCommand(Verb verb, String argument) {

  public enum Verb {
    HELP,
    UNKNOWN,
    WHY,
    BACK,
    CHANGE,
    HOW,
    WHYNOT,
    STATUS,
    RELOAD,
    WHATIF,
    SAVE,
    QUIT
  }

  private static final Set<Verb> TAKES_ARGUMENT =
      EnumSet.of(Verb.CHANGE, Verb.HOW, Verb.WHYNOT, Verb.WHATIF, Verb.SAVE);

  /** What the runner can type besides an answer, for help and completion. */
  public static final List<String> WORDS =
      List.of(
          "?", "help", "unknown", "why", "back", "change", "how", "whynot", "status", "reload",
          "whatif", "save", "quit");

  static final String SUMMARY =
      """
      At any question you can type:
        ?  or  help          what the question means and what answers it takes
        unknown  (or not sure, don't know) you don't know: the question is left open
        why                  what this question is for
        back                 go back to the previous question
        change <question>    change an earlier answer (e.g. change shoe-distance-km)
        how <conclusion>     how something was concluded (e.g. how hot-weather)
        whynot <cause>       what stopped a cause from being concluded
        status               what has been concluded so far
        reload               read the knowledge base again from disk (after an expert's edit)
        whatif <q>=<value>   what other answers would change (nothing is changed)
        save [FILE]          save your answers, to resume later with --resume FILE
        quit                 leave the consultation""";

  /** The command {@code line} holds, or empty when it is an answer. */
  public static Optional<PromptCommand> parse(String line) {
    String trimmed = line.trim();
    if (trimmed.isEmpty()) {
      return Optional.of(new PromptCommand(Verb.UNKNOWN, ""));
    }
    String[] words = trimmed.split("\\s+", 2);
    String argument = words.length > 1 ? words[1].trim() : "";
    Verb verb =
        switch (words[0].toLowerCase(Locale.ROOT)) {
          case "?", "help" -> Verb.HELP;
          case "unknown", "dunno", "skip" -> Verb.UNKNOWN;
          case "why" -> Verb.WHY;
          case "back" -> Verb.BACK;
          case "change" -> Verb.CHANGE;
          case "how" -> Verb.HOW;
          case "whynot", "why-not" -> Verb.WHYNOT;
          case "status" -> Verb.STATUS;
          case "reload" -> Verb.RELOAD;
          case "whatif", "what-if" -> Verb.WHATIF;
          case "save" -> Verb.SAVE;
          case "quit", "exit" -> Verb.QUIT;
          default -> null;
        };
    if (verb == null) {
      return Optional.empty();
    }
    if (!TAKES_ARGUMENT.contains(verb) && !argument.isEmpty()) {
      return Optional.empty(); // "unknown foo" is not a command; let the answer parser say why
    }
    return Optional.of(new PromptCommand(verb, argument));
  }
}
