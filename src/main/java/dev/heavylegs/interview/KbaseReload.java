package dev.heavylegs.interview;

import dev.heavylegs.interview.outcome.OutcomeDiff;
import dev.heavylegs.interview.saved.ConsultationFile;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Takes an edited knowledge base into the interview, on {@code reload} or (with {@code --watch})
 * when the files change on disk: the answers are carried over, and what that changed is shown. A
 * base with errors is never used: the last good one stays.
 */
final class KbaseReload implements AutoCloseable {

  private final Session session;
  private final Reloading reloading;
  private final BackgroundReload background; // null when not watching

  KbaseReload(Session session, Reloading reloading) {
    this.session = session;
    this.reloading = reloading;
    this.background =
        reloading.watching()
            ? new BackgroundReload(reloading, session.conversation, session::knowledgeBase)
            : null;
  }

  /**
   * With {@code --watch}: takes in the knowledge base checked since the files changed on disk (its
   * errors were shown when they were found). True when a new base is in use.
   */
  boolean ifChangedOnDisk() {
    if (background == null) {
      return false;
    }
    try {
      return background.take().map(fresh -> swapIn(fresh, false)).orElse(false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    if (background != null) {
      background.close();
    }
  }

  /**
   * On {@code reload}: builds the knowledge base again and, when it has no errors and differs from
   * the one in use, carries the answers over to it and shows what that changed.
   *
   * @return true when the new knowledge base is in use
   */
  boolean reload() {
    KnowledgeBase fresh;
    try {
      fresh = reloading.loader().load();
    } catch (KbaseException e) {
      session.conversation.show(
          "The knowledge base on disk has errors; still using the one loaded before:\n"
              + e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
      return false;
    }
    if (fresh.contentHash().equals(session.knowledgeBase().contentHash())) {
      session.conversation.show("The knowledge base has not changed.");
      return false;
    }
    return swapIn(fresh, true);
  }

  /**
   * Carries the answers over to {@code fresh} and shows what that changed, and, when {@code
   * withWarnings}, the warnings the edit added (with --watch they were shown when it was checked).
   */
  private boolean swapIn(KnowledgeBase fresh, boolean withWarnings) {
    String warnings =
        withWarnings ? BackgroundReload.newWarnings(fresh, session.knowledgeBase()) : "";
    Outcome before = Outcome.of(session.state().report());
    List<String> leftOut = new ArrayList<>();
    Answers carried =
        ConsultationFile.revalidated(session.state().answers(), fresh.questions(), leftOut);
    session.replace(fresh, carried);
    session.history.removeIf(
        id -> fresh.questions().find(id).isEmpty() || !session.state().settled().contains(id));
    session.conversation.show(
        "Knowledge base reloaded. "
            + session
                .text()
                .differences(OutcomeDiff.between(before, Outcome.of(session.state().report())))
            + warnings);
    if (!leftOut.isEmpty()) {
      session.conversation.show(
          "These answers do not fit the new knowledge base and will be asked again:\n  "
              + String.join("\n  ", leftOut));
    }
    session.changed();
    return true;
  }
}
