package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.FlowMessages;
import dev.heavylegs.interview.saved.ConsultationFile;
import dev.heavylegs.interview.saved.RecoveryFile;
import dev.heavylegs.report.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the consultation to disk: after every answer to the file given with {@code --save}, to a
 * file the runner names, or to a recovery file when the runner leaves in the middle.
 */
final class Saving {

  private final Session session;
  private final Optional<Path> saveFile;
  private Path recoveryFolder = RecoveryFile.defaultFolder();

  Saving(Session session, Optional<Path> saveFile) {
    this.session = session;
    this.saveFile = saveFile;
  }

  Optional<Path> saveFile() {
    return saveFile;
  }

  void recoveryFolder(Path folder) {
    this.recoveryFolder = folder;
  }

  /** After an answer: to the file given with {@code --save}, if any. */
  void save() {
    saveFile.ifPresent(
        file ->
            saveTo(file)
                .ifPresent(
                    problem ->
                        session.conversation.show(
                            "  Could not save to "
                                + file
                                + ": "
                                + problem
                                + ". Your answers are kept in this session.")));
  }

  /** Saves to {@code file} when it may be written; true when saved. Says how it went. */
  boolean saveAs(Path file) {
    Optional<String> refused =
        ConsultationFile.refusal(file); // not a saved consultation, a FIFO...
    if (refused.isPresent()) {
      session.conversation.show("  " + refused.get() + "; it is left as it is.");
      return false;
    }
    Optional<String> problem = saveTo(file);
    if (problem.isEmpty()) {
      session.conversation.show("Saved. " + FlowMessages.resumeWith(file.toString()));
      return true;
    }
    session.conversation.show("  Could not save to " + file + ": " + problem.get() + ".");
    return false;
  }

  void writeRecoveryFile() {
    try {
      Path file = RecoveryFile.next(recoveryFolder);
      write(file);
      session.conversation.show(FlowMessages.recovered(file.toString()));
    } catch (IOException e) {
      session.conversation.show(
          "  Could not write a recovery file in " + recoveryFolder + ": " + e.getMessage());
    }
  }

  /** Where the answers are saved already, for a message on the way out; empty when nowhere. */
  String savedNote() {
    return saveFile
        .map(f -> " Your answers are saved; resume with: heavylegs consult --resume " + f)
        .orElse("");
  }

  /** Saves to {@code file}; the reason when it could not. */
  private Optional<String> saveTo(Path file) {
    try {
      write(file);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(ConsultationFile.reason(e));
    }
  }

  private void write(Path file) throws IOException {
    AnswerState state = session.state();
    ConsultationFile.write(
        file,
        state.answers(),
        session.knowledgeBase().contentHash(),
        Outcome.of(state.report()),
        session.acknowledgedRedFlags);
  }
}
