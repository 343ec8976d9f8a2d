package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.dialogue.FlowMessages;
import dev.heavylegs.report.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shows a red flag the moment it is raised, and then asks the runner whether to stop there (the
 * default) or go on. A flag the runner went on past is acknowledged: saved with the answers, and on
 * resume recalled in one line instead of stopping again.
 */
final class RedFlagStop {

  private final Session session;

  /** The flags shown so far, as id/urgency. */
  private final Set<String> shown = new HashSet<>();

  /** Set when a red flag is shown: the runner is then asked whether to stop there. */
  private boolean raised;

  /** Called after the runner went on, so that the acknowledgement is saved at once. */
  private final Runnable onGoingOn;

  RedFlagStop(Session session, Runnable onGoingOn) {
    this.session = session;
    this.onGoingOn = onGoingOn;
  }

  void showNew() {
    // A flag withdrawn by a change and raised again is shown again, and stopped at again.
    List<Report.ReferralItem> flags = session.state().report().redFlags();
    Map<String, String> acknowledged = session.acknowledgedRedFlags;
    shown.retainAll(flags.stream().map(f -> f.id() + "/" + f.urgency()).toList());
    acknowledged
        .entrySet()
        .removeIf(
            a ->
                flags.stream()
                    .noneMatch(f -> f.id().equals(a.getKey()) && f.urgency().equals(a.getValue())));
    for (Report.ReferralItem flag : flags) {
      if (shown.add(flag.id() + "/" + flag.urgency())) {
        if (acknowledged.containsKey(flag.id())) {
          session.conversation.show(session.text().redFlagReminder(flag));
        } else {
          session.conversation.show(session.text().redFlag(flag));
          raised = true;
        }
      }
    }
  }

  /**
   * After a new red flag was shown, at an interactive prompt: whether the runner stops there (the
   * default) or goes on with the questions.
   */
  boolean stopsHere() {
    if (!raised) {
      return false;
    }
    raised = false;
    Conversation conversation = session.conversation;
    if (!conversation.isInteractive()) {
      return false; // a script's next line is an answer, not this choice
    }
    while (true) {
      String line;
      try {
        line = conversation.readLine(FlowMessages.STOP_OR_GO_ON, List.of("stop", "go on"));
      } catch (Conversation.Interrupted e) {
        return true;
      }
      if (line == null) {
        return true;
      }
      switch (line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
        case "", "stop", "s", "quit" -> {
          return true;
        }
        case "go on", "goon", "go", "continue", "c", "on" -> {
          conversation.show(FlowMessages.GOING_ON);
          session
              .state()
              .report()
              .redFlags()
              .forEach(f -> session.acknowledgedRedFlags.put(f.id(), f.urgency()));
          onGoingOn.run();
          return false;
        }
        default -> conversation.show(FlowMessages.STOP_OR_GO_ON_AGAIN);
      }
    }
  }
}
