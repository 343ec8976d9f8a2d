package dev.heavylegs.engine;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;

/** One-shot consultation: answers in, conclusions with derivations out. */
public final class Consultation {

  private Consultation() {}

  /** What {@code knowledgeBase} concludes from {@code answers}. */
  public static Inference run(KnowledgeBase knowledgeBase, Answers answers) {
    try (ConsultationSession session = new ConsultationSession(knowledgeBase)) {
      session.answerAll(answers);
      return session.infer();
    }
  }
}
