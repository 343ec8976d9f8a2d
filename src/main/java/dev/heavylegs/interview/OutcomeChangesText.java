package dev.heavylegs.interview;

import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.interview.dialogue.InterviewText;
import dev.heavylegs.interview.outcome.OutcomeChanges;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "what would change the outcome" section shown after an interactive report: for the top cause
 * and for each doctor referral that is not a red flag, the smallest answer changes that would
 * remove it; for each such referral not reached, the smallest that would add it. Red flags are left
 * out: a runner should not be shown how to answer a warning sign away.
 */
public final class OutcomeChangesText {

  private final KnowledgeBase knowledgeBase;
  private final OutcomeChanges changes;
  private final InterviewText text;

  public OutcomeChangesText(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
    this.changes = new OutcomeChanges(knowledgeBase);
    this.text = new InterviewText(knowledgeBase);
  }

  /** The section for {@code report} on {@code answers}; empty when there is nothing to say. */
  public String write(Report report, Answers answers) {
    List<String> lines = new ArrayList<>();
    for (ConclusionRef target : targets(report)) {
      OutcomeChanges.Finding finding = changes.find(answers, target);
      String subject = text.title(target) + " (" + target.kind().label() + ")";
      if (finding.ways().isEmpty()) {
        lines.add(
            "  - No change of one or two answers would "
                + (finding.present() ? "remove " : "bring ")
                + subject
                + ".");
        continue;
      }
      String effect = finding.present() ? " would no longer be concluded." : " would be concluded.";
      for (List<OutcomeChanges.AnswerChange> way : finding.ways()) {
        lines.add(
            "  - With "
                + way.stream()
                    .map(OutcomeChanges.AnswerChange::shown)
                    .collect(Collectors.joining(" and "))
                + ", "
                + subject
                + effect);
      }
    }
    return lines.isEmpty()
        ? ""
        : "\nWHAT WOULD CHANGE THE OUTCOME\n" + String.join("\n", lines) + "\n";
  }

  private List<ConclusionRef> targets(Report report) {
    Set<ConclusionRef> targets = new LinkedHashSet<>();
    if (!report.causes().isEmpty()) {
      targets.add(new ConclusionRef(Kind.CAUSE, report.causes().get(0).id()));
    }
    report.referrals().forEach(r -> targets.add(new ConclusionRef(Kind.REFERRAL, r.id())));
    knowledgeBase.rules().all().stream()
        .filter(rule -> !rule.raisesRedFlag())
        .flatMap(rule -> rule.conclusionsMade().stream())
        .filter(ref -> ref.kind() == Kind.REFERRAL)
        .filter(ref -> !redFlag(ref))
        .forEach(targets::add);
    return new ArrayList<>(targets);
  }

  private boolean redFlag(ConclusionRef ref) {
    return knowledgeBase.rules().all().stream()
        .anyMatch(r -> r.raisesRedFlag() && r.conclusionsMade().contains(ref));
  }
}
