package dev.heavylegs.interview.dialogue;

import java.util.List;

/**
 * Where an interview talks to the runner: a terminal with line editing, or plain lines on standard
 * input for scripts. The report itself is not written here.
 */
public interface Conversation {

  /**
   * Shows {@code prompt} and reads one line.
   *
   * @param completions words worth completing at this prompt (choices, commands)
   * @return the line, or null at end of input
   * @throws Interrupted when the runner pressed Ctrl-C
   */
  String readLine(String prompt, List<String> completions) throws Interrupted;

  /** Shows {@code text}, which may hold several lines. */
  void show(String text);

  /**
   * Shows {@code text} at once, from any thread, even while a line is being read (above the prompt,
   * on a terminal).
   */
  default void notice(String text) {
    synchronized (this) {
      show(text);
    }
  }

  /**
   * True when a person answers (a terminal): only then does the interview ask whether to stop at a
   * red flag, stay open after the report and offer to save on the way out. A script's lines are
   * answers, and its end is the end.
   */
  default boolean isInteractive() {
    return true;
  }

  /** The runner interrupted the consultation (Ctrl-C at the prompt). */
  final class Interrupted extends Exception {
    public Interrupted() {
      super("interrupted", null, false, false);
    }
  }
}
