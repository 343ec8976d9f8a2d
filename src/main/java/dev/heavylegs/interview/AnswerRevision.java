package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.dialogue.InterviewText;
import dev.heavylegs.interview.dialogue.PromptCommand;
import dev.heavylegs.interview.outcome.OutcomeDiff;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import dev.heavylegs.report.Outcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Revises earlier answers: {@code change <question>}, and {@code back}, which asks the previous
 * questions again one by one. A new answer replaces the old one; the differences in conclusions and
 * the follow-up answers dropped are shown.
 */
final class AnswerRevision {

  /** What came of asking a question again. */
  private enum Revision {
    KEPT,
    CHANGED,
    FURTHER_BACK
  }

  private final Session session;

  AnswerRevision(Session session) {
    this.session = session;
  }

  /** {@code change <question>}: revises an earlier answer; true when it changed. */
  boolean change(String questionId) throws Conversation.Interrupted {
    Set<String> settled = session.state().settled();
    if (session.knowledgeBase().questions().find(questionId).isEmpty()
        || !settled.contains(questionId)) {
      session.conversation.show(
          "  "
              + (questionId.isEmpty()
                  ? "Change which answer?"
                  : "\"" + questionId + "\" is not an answered question.")
              + (settled.isEmpty()
                  ? " Nothing is answered yet."
                  : " Answered so far: " + String.join(", ", settled)));
      return false;
    }
    return revise(questionId, false) == Revision.CHANGED;
  }

  /**
   * {@code back}: asks the previous question again, showing its answer; Enter keeps it, and {@code
   * back} there goes one question further back. False when there is nothing to go back to.
   */
  boolean goBack() throws Conversation.Interrupted {
    Deque<String> history = session.history;
    if (history.isEmpty()) {
      session.conversation.show("  This is the first question; there is nothing to go back to.");
      return false;
    }
    Deque<String> passed = new ArrayDeque<>();
    String target = history.pop();
    while (revise(target, !history.isEmpty()) == Revision.FURTHER_BACK) {
      passed.push(target);
      target = history.pop();
    }
    history.push(target);
    while (!passed.isEmpty()) {
      history.push(passed.pop());
    }
    // A revision further back may have dropped a follow-up passed on the way: it is asked afresh.
    history.removeIf(id -> !session.state().settled().contains(id));
    return true;
  }

  /**
   * Asks {@code questionId} again with its current answer shown.
   *
   * @param backAllowed whether {@code back} at this prompt goes one question further back
   * @return whether the answer was kept or changed, or the runner wants to go further back
   */
  private Revision revise(String questionId, boolean backAllowed) throws Conversation.Interrupted {
    InterviewText text = session.text();
    AnswerState state = session.state();
    Conversation conversation = session.conversation;
    Question question = session.knowledgeBase().questions().find(questionId).orElseThrow();
    String current =
        state.answerTo(question.id()).map(a -> text.shown(question, a)).orElse("unknown");
    conversation.show(
        text.question("Again:", question)
            + "\n   Now: "
            + current
            + ". Type the new answer"
            + (question.type() == QuestionType.MULTI_CHOICE
                ? " (all that apply: it replaces this one)"
                : "")
            + ", unknown, or just Enter to keep it"
            + (backAllowed ? " (back to go further back)." : "."));
    boolean warnedAboutUnknown = false;
    while (true) {
      String line =
          conversation.readLine(question.id() + "> ", new ArrayList<>(question.choices().keySet()));
      if (line == null || line.isBlank()) {
        conversation.show("  Kept " + current + ".");
        return Revision.KEPT;
      }
      Optional<PromptCommand.Verb> verb = PromptCommand.parse(line).map(PromptCommand::verb);
      if (backAllowed && verb.equals(Optional.of(PromptCommand.Verb.BACK))) {
        conversation.show("  Kept " + current + ".");
        return Revision.FURTHER_BACK;
      }
      Outcome before = Outcome.of(state.report());
      Set<String> usefulBefore = state.usefulAnswers();
      if (verb.equals(Optional.of(PromptCommand.Verb.UNKNOWN))
          || session.answerReading.meansUnknown(line)) {
        // As when first asked: a red-flag screening answer is not turned into "don't know" at one
        // word.
        if (!warnedAboutUnknown && readByARedFlagRule(question)) {
          warnedAboutUnknown = true;
          conversation.show(
              "  This question screens for symptoms that need a doctor. Type unknown again"
                  + " only if you really cannot answer it; Enter keeps "
                  + current
                  + ".");
          continue;
        }
        state.markUnknown(question.id());
      } else {
        Optional<GivenAnswer> revised =
            session.answerReading.readRevision(question, line, state.answers());
        if (revised.isEmpty()) {
          continue;
        }
        state.answer(question.id(), revised.get());
      }
      showChanges(question, before, usefulBefore);
      session.changed();
      return Revision.CHANGED;
    }
  }

  /** What changed in the conclusions, and the follow-up answers dropped with their premise. */
  private void showChanges(Question question, Outcome before, Set<String> usefulBefore) {
    AnswerState state = session.state();
    List<AnswerState.Dropped> dropped =
        state.dropFollowUpsNoLongerNeeded(question.id(), usefulBefore);
    dropped.forEach(d -> session.history.remove(d.questionId()));
    session.conversation.show(
        session.text().differences(OutcomeDiff.between(before, Outcome.of(state.report()))));
    if (!dropped.isEmpty()) {
      session.conversation.show(
          "Dropped, as their premise no longer holds: "
              + dropped.stream()
                  .map(
                      d ->
                          d.questionId()
                              + " ("
                              + session
                                  .text()
                                  .shown(
                                      session
                                          .knowledgeBase()
                                          .questions()
                                          .find(d.questionId())
                                          .orElseThrow(),
                                      d.answer())
                              + ")")
                  .collect(Collectors.joining(", ")));
    }
  }

  /** True when a red-flag rule reads {@code question}, whether or not it can still fire. */
  private boolean readByARedFlagRule(Question question) {
    return session.knowledgeBase().rules().reading(question.id()).stream()
        .anyMatch(rule -> rule.raisesRedFlag());
  }
}
