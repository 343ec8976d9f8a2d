package dev.heavylegs.interview.dialogue;

/**
 * The program's own words in the flow of a consultation (stopping at a red flag, progress, the
 * prompt after the report, saving on the way out). Nothing about the runner's health: that wording
 * comes from the knowledge base.
 */
public final class FlowMessages {

  private FlowMessages() {}

  public static final String STOP_OR_GO_ON =
      "Stop here and see your report (Enter or stop), or go on with the questions (go on)? ";

  public static final String STOP_OR_GO_ON_AGAIN =
      "  Please press Enter (or type stop) to stop here, or type go on to carry on.";

  public static final String GOING_ON =
      "Going on with the questions. The advice above still stands.";

  /** Around a red flag recalled on resume, which the runner went on past before. */
  public static final String RED_FLAG_RECALLED = "Reminder, ";

  public static final String RED_FLAG_RECALLED_AFTER =
      " (you went on past it before; its advice still stands)";

  public static final String AFTER_REPORT_PROMPT = "heavylegs> ";

  public static final String AFTER_REPORT_INTRO =
      "\nThe consultation stays open: type help for what you can ask, quit (or Ctrl-D) to leave.";

  public static final String AFTER_REPORT_HELP =
      """
      After the report you can type:
        how <conclusion>          how something was concluded (e.g. how hot-weather)
        whynot <cause>            what stopped a cause from being concluded
        change <question>         change an answer; the report is shown again
        whatif <question>=<value> [<question>=<value>...]
                                  what would change with other answers (nothing is changed)
        save [FILE]               save the consultation, to resume later with --resume FILE
        quit                      leave (Ctrl-D too)""";

  public static final String SAVE_OFFER =
      "Save your answers to resume later? File name, or Enter to leave without saving: ";

  /** The progress line over a question: its number and an estimate of how many are left. */
  public static String progress(int number, int left) {
    return "question " + number + (left == 0 ? ", perhaps the last" : ", about " + left + " to go");
  }

  public static String resumeWith(String file) {
    return "Resume with: heavylegs consult --resume " + file;
  }

  public static String recovered(String file) {
    return "Your answers were written to " + file + " (readable by you only). " + resumeWith(file);
  }
}
