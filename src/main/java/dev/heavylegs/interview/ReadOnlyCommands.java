package dev.heavylegs.interview;

/**
 * The prompt commands that look at the outcome so far and change nothing: {@code how}, {@code
 * whynot}, {@code whatif} and {@code status}, the same at a question and after the report.
 */
final class ReadOnlyCommands {

  private final Session session;

  ReadOnlyCommands(Session session) {
    this.session = session;
  }

  void how(String conclusion) {
    session.conversation.show(
        new ConclusionQuestions(session.knowledgeBase(), session.text())
            .how(conclusion, session.state().report()));
  }

  void whyNot(String conclusion) {
    session.conversation.show(
        new ConclusionQuestions(session.knowledgeBase(), session.text())
            .whyNot(conclusion, session.state().report(), session.state().open()));
  }

  void whatIf(String pairs) {
    session.conversation.show(
        new WhatIf(session.knowledgeBase(), session.text())
            .explain(pairs, session.state().answers(), session.state().report()));
  }

  void status() {
    session.conversation.show(
        session
            .text()
            .status(session.state().report(), session.state().open().questionsThatMatter().size()));
  }
}
