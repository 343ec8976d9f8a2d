package dev.heavylegs.interview.saved;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.interview.outcome.OutcomeDiff;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.report.Outcome;
import dev.heavylegs.report.ReportBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Tells a runner resuming a saved consultation that the knowledge base has changed since it was
 * saved, and which conclusions the same answers now reach differently.
 */
public final class KbaseChangeNotice {

  private KbaseChangeNotice() {}

  /** The notice for {@code loaded}; empty for a plain answers file, or when nothing changed. */
  public static Optional<String> of(KnowledgeBase knowledgeBase, ConsultationFile.Loaded loaded) {
    boolean changed =
        loaded.isSaved() && !loaded.kbaseHash().get().equals(knowledgeBase.contentHash());
    if (!changed && loaded.leftOut().isEmpty()) {
      return Optional.empty();
    }
    Outcome now =
        Outcome.of(
            new ReportBuilder(knowledgeBase)
                .build(Consultation.run(knowledgeBase, loaded.answers()), loaded.answers()));
    StringBuilder text =
        new StringBuilder(
            changed
                ? "Note: the knowledge base has changed since this consultation was saved."
                : "Note:");
    if (!loaded.leftOut().isEmpty()) {
      text.append(
          " These saved answers do not fit the knowledge base and are left out (a question left with no answer is asked again):");
      loaded.leftOut().forEach(reason -> text.append("\n  ").append(reason));
      text.append('\n');
    }
    if (!changed || loaded.outcome().isEmpty()) {
      return Optional.of(text.toString().stripTrailing());
    }
    List<OutcomeDiff.Change> changes = OutcomeDiff.between(loaded.outcome().get(), now);
    if (changes.isEmpty()) {
      text.append(" The same answers reach the same conclusions.");
    } else {
      text.append(" With the same answers, these conclusions differ from the saved ones:");
      changes.forEach(c -> text.append("\n  ").append(c));
    }
    return Optional.of(text.toString());
  }
}
