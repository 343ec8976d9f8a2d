package dev.heavylegs.interview;

import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.interview.dialogue.InterviewText;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answers to {@code how <conclusion>} and {@code whynot <conclusion>} at the prompt. A
 * conclusion is named by its id ({@code hot-weather}), or by kind and id ({@code condition
 * overtraining}) where a cause and a condition share an id.
 */
final class ConclusionQuestions {

  private final KnowledgeBase knowledgeBase;
  private final InterviewText text;

  ConclusionQuestions(KnowledgeBase knowledgeBase, InterviewText text) {
    this.knowledgeBase = knowledgeBase;
    this.text = text;
  }

  /** How {@code argument} was concluded, or what has been concluded when it was not. */
  String how(String argument, Report report) {
    Optional<Report.Explained> item =
        named(argument).flatMap(r -> report.find(r.kind().label(), r.id()));
    if (argument.isBlank()) {
      return "  Type how <conclusion>. Concluded so far: " + concludedIds(report);
    }
    if (item.isPresent()) {
      return text.how(item.get());
    }
    return "  \""
        + argument
        + "\" has not been concluded. Concluded so far: "
        + concludedIds(report)
        + "\n  (whynot "
        + argument
        + " says what stopped it)";
  }

  /** What stopped {@code argument} from being concluded. */
  String whyNot(String argument, Report report, RuleAssessment open) {
    Optional<ConclusionRef> ref = named(argument);
    if (ref.isEmpty()) {
      return "  "
          + (argument.isBlank()
              ? "Type whynot <cause>."
              : "No rule concludes \"" + argument + "\".")
          + " Causes: "
          + String.join(", ", causeIds());
    }
    if (report.find(ref.get().kind().label(), ref.get().id()).isPresent()) {
      return "  " + text.title(ref.get()) + " is concluded; \"how " + argument + "\" shows why.";
    }
    return text.whyNot(ref.get(), open);
  }

  /**
   * The conclusion {@code argument} names: {@code <id>}, preferring a cause, or {@code <kind>
   * <id>}.
   */
  private Optional<ConclusionRef> named(String argument) {
    String[] words = argument.trim().split("\\s+");
    String id = words[words.length - 1];
    String kind = words.length > 1 ? words[0].toLowerCase(Locale.ROOT) : null;
    return knowledgeBase.rules().all().stream()
        .flatMap(r -> r.conclusionsMade().stream())
        .filter(c -> c.id().equals(id) && (kind == null || c.kind().label().equals(kind)))
        .min(Comparator.comparing(c -> c.kind() != Conclusion.Kind.CAUSE));
  }

  private static String concludedIds(Report report) {
    List<String> ids = new ArrayList<>();
    report.redFlags().forEach(r -> ids.add(r.id()));
    report.causes().forEach(c -> ids.add(c.id()));
    report.conditions().forEach(c -> ids.add(c.id()));
    report.referrals().forEach(r -> ids.add(r.id()));
    return ids.isEmpty() ? "nothing" : String.join(", ", ids);
  }

  private List<String> causeIds() {
    return knowledgeBase.rules().all().stream()
        .flatMap(r -> r.conclusionsMade().stream())
        .filter(c -> c.kind() == Conclusion.Kind.CAUSE)
        .map(ConclusionRef::id)
        .distinct()
        .toList();
  }
}
