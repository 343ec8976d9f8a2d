package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.AnswerReading;
import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.dialogue.InterviewText;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one interview has in hand, shared by the classes that run it: the conversation, the
 * knowledge base in use with its words, the answers and conclusions kept in step ({@link
 * AnswerState}), the questions answered in order and the red flags gone on past. The knowledge
 * base, its words and the state are replaced together on reload.
 */
final class Session {

  final Conversation conversation;

  /** Reads and says back each answer typed at a question. */
  final AnswerReading answerReading;

  /** Questions answered in the normal flow, latest last: {@code back} walks this. */
  final Deque<String> history = new ArrayDeque<>();

  /**
   * The red flags the runner chose to go on past, id to urgency: saved with the answers, and on
   * resume recalled in one line instead of stopping again.
   */
  final Map<String, String> acknowledgedRedFlags = new LinkedHashMap<>();

  // volatile: the --watch thread compares it with what is on disk
  private volatile KnowledgeBase knowledgeBase;
  private InterviewText text;
  private AnswerState state;

  /** What follows every change of an answer: new red flags shown, the answers saved. */
  private Runnable afterChange = () -> {};

  Session(KnowledgeBase knowledgeBase, Conversation conversation) {
    this.conversation = conversation;
    this.knowledgeBase = knowledgeBase;
    this.text = new InterviewText(knowledgeBase);
    this.answerReading = new AnswerReading(conversation, () -> this.knowledgeBase);
  }

  void afterChange(Runnable action) {
    this.afterChange = action;
  }

  KnowledgeBase knowledgeBase() {
    return knowledgeBase;
  }

  InterviewText text() {
    return text;
  }

  AnswerState state() {
    return state;
  }

  void start(Answers answers) {
    state = new AnswerState(knowledgeBase, answers);
  }

  /** Goes on with {@code fresh}, the answers {@code carried} over to it. */
  void replace(KnowledgeBase fresh, Answers carried) {
    state.close();
    knowledgeBase = fresh;
    text = new InterviewText(fresh);
    state = new AnswerState(fresh, carried);
  }

  void close() {
    state.close();
  }

  void answer(String questionId, GivenAnswer answer) {
    state.answer(questionId, answer);
    changed();
  }

  void markUnknown(String questionId) {
    state.markUnknown(questionId);
    changed();
  }

  /** After an answer was given, changed or withdrawn. */
  void changed() {
    afterChange.run();
  }

  Interview.Result result(Interview.Ending ending) {
    return result(ending, false);
  }

  Interview.Result result(Interview.Ending ending, boolean reportShown) {
    return new Interview.Result(
        ending,
        state.answers(),
        state.report(),
        state.open().questionsThatMatter().size(),
        reportShown);
  }
}
