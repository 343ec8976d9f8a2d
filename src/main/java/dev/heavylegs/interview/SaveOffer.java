package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.dialogue.FlowMessages;
import dev.heavylegs.interview.saved.SavePath;
import dev.heavylegs.questions.AnswerParser;
import java.util.List;
import java.util.Optional;

/**
 * Asks where to save the answers: on quit, on the {@code save} command without a file, and when the
 * runner leaves in the middle (Ctrl-C, end of input), where leaving this question too writes a
 * recovery file.
 */
final class SaveOffer {

  private final Session session;
  private final Saving saving;

  SaveOffer(Session session, Saving saving) {
    this.session = session;
    this.saving = saving;
  }

  /** On quit: asks where to save, unless the answers are saved already or there are none. */
  void onQuit() {
    offer(false);
  }

  /**
   * Leaving in the middle (Ctrl-C, end of input) at an interactive prompt, with answers not saved
   * anywhere: offers to save them, and writes a recovery file when the runner leaves that too.
   */
  void onLeaving() {
    if (session.conversation.isInteractive()
        && saving.saveFile().isEmpty()
        && !session.state().settled().isEmpty()) {
      offer(true);
    }
  }

  /** {@code save [FILE]}: to FILE, or to the file given with --save, or asks where. */
  void saveCommand(String argument) {
    if (!argument.isBlank()) {
      saving.saveAs(SavePath.of(argument));
    } else if (saving.saveFile().isPresent()) {
      saving.saveAs(saving.saveFile().get());
    } else {
      offer(false);
    }
  }

  /**
   * Asks where to save the answers; Enter leaves without saving.
   *
   * @param recover whether leaving this question too (Ctrl-C, end of input) writes a recovery file
   */
  private void offer(boolean recover) {
    Conversation conversation = session.conversation;
    if (saving.saveFile().isPresent() || session.state().settled().isEmpty()) {
      conversation.show(saving.savedNote().strip());
      return;
    }
    try {
      while (true) {
        String name = conversation.readLine(FlowMessages.SAVE_OFFER, List.of());
        if (name == null) {
          if (recover) {
            saving.writeRecoveryFile();
          }
          return;
        }
        if (name.isBlank()) {
          return;
        }
        // "no" and "yes" answer the question; they are not file names
        Optional<Boolean> yesOrNo = AnswerParser.yesOrNo(name);
        if (yesOrNo.isPresent()) {
          if (!yesOrNo.get()) {
            return;
          }
          conversation.show("  Type a file name to save to, or press Enter.");
          continue;
        }
        if (saving.saveAs(SavePath.of(name))) {
          return;
        }
      }
    } catch (Conversation.Interrupted e) {
      if (recover) {
        saving.writeRecoveryFile();
      }
    }
  }
}
