package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.dialogue.FlowMessages;
import dev.heavylegs.interview.dialogue.PromptCommand;
import java.util.Optional;

/**
 * The prompt that stays open after the report: how, whynot, whatif, status, save, change (which
 * takes the interview back to its questions) and quit.
 */
final class AfterReportPrompt {

  private final Session session;
  private final ReadOnlyCommands look;
  private final AnswerRevision revision;
  private final SaveOffer saveOffer;
  private final TabCompletions completions;

  AfterReportPrompt(
      Session session,
      ReadOnlyCommands look,
      AnswerRevision revision,
      SaveOffer saveOffer,
      TabCompletions completions) {
    this.session = session;
    this.look = look;
    this.revision = revision;
    this.saveOffer = saveOffer;
    this.completions = completions;
  }

  /**
   * Reads commands until the runner leaves or changes an answer. Empty when an answer was changed
   * (the interview goes on from there); else how the consultation ended.
   */
  Optional<Interview.Result> run() {
    Conversation conversation = session.conversation;
    conversation.show(FlowMessages.AFTER_REPORT_INTRO);
    while (true) {
      String line;
      try {
        line = conversation.readLine(FlowMessages.AFTER_REPORT_PROMPT, completions.afterReport());
      } catch (Conversation.Interrupted e) {
        line = null;
      }
      if (line == null) {
        return Optional.of(session.result(Interview.Ending.COMPLETED, true));
      }
      if (line.isBlank()) {
        continue;
      }
      Optional<PromptCommand> command = PromptCommand.parse(line);
      if (command.isEmpty()) {
        conversation.show(FlowMessages.AFTER_REPORT_HELP);
        continue;
      }
      String argument = command.get().argument();
      try {
        switch (command.get().verb()) {
          case HOW -> look.how(argument);
          case WHYNOT -> look.whyNot(argument);
          case WHATIF -> look.whatIf(argument);
          case STATUS -> look.status();
          case SAVE -> saveOffer.saveCommand(argument);
          case CHANGE -> {
            if (revision.change(argument)) {
              return Optional.empty();
            }
          }
          case QUIT -> {
            return Optional.of(session.result(Interview.Ending.COMPLETED, true));
          }
          default -> conversation.show(FlowMessages.AFTER_REPORT_HELP);
        }
      } catch (Conversation.Interrupted e) {
        conversation.show(""); // Ctrl-C in a command's own question: back to this prompt
      }
    }
  }
}
