package dev.heavylegs.interview;

import dev.heavylegs.interview.Interview.Ending;
import dev.heavylegs.interview.dialogue.AnswerReading;
import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.dialogue.FlowMessages;
import dev.heavylegs.interview.dialogue.PromptCommand;
import dev.heavylegs.questions.Question;
import java.util.List;
import java.util.Optional;

/**
 * Asks the questions that can still change a conclusion, the one that matters most first (a script
 * gets them in the catalogue's order), and answers the commands typed at a question, until none is
 * left, the runner stops at a red flag or leaves.
 */
final class QuestionLoop {

  /** How one question was left. */
  private enum Step {
    ANSWERED,
    BACK,
    CHANGED,
    QUIT,
    END
  }

  private final Session session;
  private final RedFlagStop redFlags;
  private final KbaseReload reload;
  private final AnswerRevision revision;
  private final ReadOnlyCommands look;
  private final Saving saving;
  private final SaveOffer saveOffer;
  private final TabCompletions completions;

  QuestionLoop(
      Session session,
      RedFlagStop redFlags,
      KbaseReload reload,
      AnswerRevision revision,
      ReadOnlyCommands look,
      Saving saving,
      SaveOffer saveOffer,
      TabCompletions completions) {
    this.session = session;
    this.redFlags = redFlags;
    this.reload = reload;
    this.revision = revision;
    this.look = look;
    this.saving = saving;
    this.saveOffer = saveOffer;
    this.completions = completions;
  }

  Interview.Result run() {
    Conversation conversation = session.conversation;
    while (true) {
      reload.ifChangedOnDisk();
      if (redFlags.stopsHere()) {
        return session.result(Ending.STOPPED_AT_RED_FLAG);
      }
      // A script gives its answers in the catalogue's order; a person gets the one that matters
      List<Question> remaining =
          conversation.isInteractive()
              ? session.state().open().questionsThatMatter()
              : session.state().open().questionsInCatalogueOrder();
      if (remaining.isEmpty()) {
        return session.result(Ending.COMPLETED);
      }
      Question question = remaining.get(0);
      Step step;
      try {
        step = ask(question, remaining.size() - 1);
      } catch (Conversation.Interrupted e) {
        conversation.show("\nInterrupted." + saving.savedNote());
        saveOffer.onLeaving();
        return session.result(Ending.INTERRUPTED);
      }
      switch (step) {
        case ANSWERED -> session.history.push(question.id());
        case BACK, CHANGED -> {}
        case QUIT -> {
          saveOffer.onQuit();
          return session.result(Ending.QUIT);
        }
        case END -> {
          conversation.show(
              "\nInput ended with "
                  + session.state().open().questionsThatMatter().size()
                  + " question(s) still open."
                  + saving.savedNote());
          saveOffer.onLeaving();
          return session.result(Ending.END_OF_INPUT);
        }
      }
    }
  }

  /**
   * Asks {@code question} until it is answered or the runner moves elsewhere; {@code othersOpen}
   * other questions could still change a conclusion.
   */
  private Step ask(Question question, int othersOpen) throws Conversation.Interrupted {
    Conversation conversation = session.conversation;
    // Numbered by how many questions are settled, resumed ones included: after back, the question
    // left for an earlier one keeps its number.
    int number = session.state().settled().size() + 1;
    conversation.show(
        "\n"
            + FlowMessages.progress(number, othersOpen)
            + session.text().question(number + ".", question));
    while (true) {
      if (reload.ifChangedOnDisk()) {
        return Step.CHANGED; // ask afresh: the question may have changed or gone
      }
      String line = conversation.readLine("> ", completions.at(question));
      if (line == null) {
        return Step.END;
      }
      Optional<PromptCommand> command = PromptCommand.parse(line);
      if (command.isEmpty() || command.get().verb() == PromptCommand.Verb.UNKNOWN) {
        Optional<Step> answered = answer(question, line);
        if (answered.isPresent()) {
          return answered.get();
        }
        continue;
      }
      String argument = command.get().argument();
      switch (command.get().verb()) {
        case HELP -> conversation.show(session.text().help(question));
        case WHY -> conversation.show(session.text().why(question, session.state().open()));
        case STATUS -> look.status();
        case RELOAD -> {
          if (reload.reload()) {
            return Step.CHANGED;
          }
        }
        case HOW -> look.how(argument);
        case WHYNOT -> look.whyNot(argument);
        case BACK -> {
          if (revision.goBack()) {
            return Step.BACK;
          }
        }
        case CHANGE -> {
          if (revision.change(argument)) {
            return Step.CHANGED;
          }
        }
        case WHATIF -> look.whatIf(argument);
        case SAVE -> saveOffer.saveCommand(argument);
        case QUIT -> {
          return Step.QUIT;
        }
        default -> {}
      }
    }
  }

  /** {@code line} read as the answer to {@code question}; empty when it is to be asked again. */
  private Optional<Step> answer(Question question, String line) throws Conversation.Interrupted {
    AnswerReading.Outcome read =
        session.answerReading.read(
            question,
            line,
            session.state().answers(),
            session.state().open().screensForRedFlags(question.id()));
    if (read instanceof AnswerReading.Answered answered) {
      session.answer(question.id(), answered.answer());
      return Optional.of(Step.ANSWERED);
    }
    if (read instanceof AnswerReading.LeftUnknown) {
      session.markUnknown(question.id());
      return Optional.of(Step.ANSWERED);
    }
    return Optional.empty();
  }
}
