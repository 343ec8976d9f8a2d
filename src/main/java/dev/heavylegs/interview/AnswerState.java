package dev.heavylegs.interview;

import dev.heavylegs.engine.ConsultationSession;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.relevance.Truth;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers of an interview and what they conclude, kept in step: one engine session for the
 * whole conversation, updated in place as answers are given, marked unknown or withdrawn (truth
 * maintenance withdraws what no longer holds), with the report and the open rules recomputed after
 * each change.
 */
final class AnswerState implements AutoCloseable {

  /** An answer withdrawn because the change made it useless. */
  record Dropped(String questionId, GivenAnswer answer) {}

  private final KnowledgeBase knowledgeBase;
  private final ReportBuilder reports;
  private final ConsultationSession session;
  private final Map<String, GivenAnswer> given = new LinkedHashMap<>();
  private final Set<String> unknown = new LinkedHashSet<>();
  private Report report;
  private RuleAssessment open;
  private Inference inference;

  AnswerState(KnowledgeBase knowledgeBase, Answers start) {
    this.knowledgeBase = knowledgeBase;
    this.reports = new ReportBuilder(knowledgeBase);
    this.session = new ConsultationSession(knowledgeBase);
    given.putAll(start.given());
    unknown.addAll(start.unknown());
    session.answerAll(start);
    refresh();
  }

  void answer(String questionId, GivenAnswer answer) {
    given.put(questionId, answer);
    unknown.remove(questionId);
    session.answer(questionId, answer);
    refresh();
  }

  void markUnknown(String questionId) {
    given.remove(questionId);
    unknown.add(questionId);
    session.forget(questionId);
    refresh();
  }

  /** Makes {@code questionId} unanswered again, as if never asked. */
  void withdraw(String questionId) {
    given.remove(questionId);
    unknown.remove(questionId);
    session.forget(questionId);
    refresh();
  }

  Answers answers() {
    return new Answers(given, unknown);
  }

  Optional<GivenAnswer> answerTo(String questionId) {
    return Optional.ofNullable(given.get(questionId));
  }

  /** Ids of the questions answered or answered unknown, in the order given. */
  Set<String> settled() {
    Set<String> settled = new LinkedHashSet<>(given.keySet());
    settled.addAll(unknown);
    return settled;
  }

  Report report() {
    return report;
  }

  RuleAssessment open() {
    return open;
  }

  /** The answered questions that some rule could still use, were the answer not given. */
  Set<String> usefulAnswers() {
    Set<String> useful = new LinkedHashSet<>();
    for (String questionId : given.keySet()) {
      // Mostly read off the current assessment; the costlier what-if below (a new assessment of
      // every rule) is for when that cannot be sure.
      Optional<Boolean> usable = open.usableWithout(questionId);
      if (usable.isEmpty()) {
        Map<String, GivenAnswer> without = new LinkedHashMap<>(given);
        without.remove(questionId);
        RuleAssessment hypothetical =
            new RuleAssessment(knowledgeBase, new Answers(without, unknown), inference);
        usable =
            Optional.of(
                knowledgeBase.rules().reading(questionId).stream()
                    .anyMatch(r -> hypothetical.truthOf(r) != Truth.FALSE));
      }
      if (usable.get()) {
        useful.add(questionId);
      }
    }
    return useful;
  }

  /**
   * Withdraws follow-up answers a change made useless: answers some rule could use before the
   * change ({@code usefulBefore}), and that every rule reading them now fails whatever they say
   * (lower-body-sets, once the runner says they do no strength training). Repeats, as one
   * withdrawal can make another follow-up useless.
   */
  List<Dropped> dropFollowUpsNoLongerNeeded(String changed, Set<String> usefulBefore) {
    List<Dropped> dropped = new ArrayList<>();
    Optional<String> useless;
    while ((useless = firstUseless(changed, usefulBefore)).isPresent()) {
      String questionId = useless.get();
      dropped.add(new Dropped(questionId, given.get(questionId)));
      withdraw(questionId);
    }
    return dropped;
  }

  private Optional<String> firstUseless(String changed, Set<String> usefulBefore) {
    Set<String> usefulNow = usefulAnswers();
    return given.keySet().stream()
        .filter(id -> !id.equals(changed) && usefulBefore.contains(id) && !usefulNow.contains(id))
        .findFirst();
  }

  private void refresh() {
    inference = session.infer();
    Answers answers = answers();
    open = new RuleAssessment(knowledgeBase, answers, inference);
    // The report judges its open questions with the unknown ones open again; with none, that is
    // this very assessment, made once for both.
    report =
        unknown.isEmpty()
            ? reports.build(inference, answers, open)
            : reports.build(inference, answers);
  }

  @Override
  public void close() {
    session.close();
  }
}
