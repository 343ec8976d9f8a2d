package dev.heavylegs.explain;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.Wording;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the derivation graph the engine recorded into explanation trees that end in the runner's
 * answers, naming each conclusion by its wording title and each answer with its unit.
 */
public final class ExplanationBuilder {

  /** Builds no explanations: every conclusion's reasons are an empty list. */
  public static final ExplanationBuilder NONE = new ExplanationBuilder(Map.of(), null, null);

  private final Map<Conclusion, List<Derivation>> derivations;
  private final Wording wording;
  private final QuestionCatalogue questions;

  public ExplanationBuilder(
      Map<Conclusion, List<Derivation>> derivations, Wording wording, QuestionCatalogue questions) {
    this.derivations = derivations;
    this.wording = wording;
    this.questions = questions;
  }

  /** Why {@code conclusion} holds: one reason per derivation, each expanded to the answers. */
  public List<Reason> reasonsFor(Conclusion conclusion) {
    return reasonsFor(conclusion, new HashSet<>());
  }

  private List<Reason> reasonsFor(Conclusion conclusion, Set<Conclusion> onPath) {
    if (!onPath.add(conclusion)) {
      return List.of(); // truth maintenance forbids cycles; this only guards the recursion
    }
    List<Reason> reasons = new ArrayList<>();
    for (Derivation derivation : derivations.getOrDefault(conclusion, List.of())) {
      List<Reason.Support> because = new ArrayList<>();
      for (Premise premise : derivation.premises()) {
        because.add(support(premise, onPath));
      }
      reasons.add(new Reason(derivation.rule(), because));
    }
    onPath.remove(conclusion);
    return reasons;
  }

  private Reason.Support support(Premise premise, Set<Conclusion> onPath) {
    if (premise instanceof Premise.Answered answered) {
      Answer answer = answered.answer();
      String shown =
          questions
              .find(answer.question())
              .map((Question q) -> q.withUnit(answer.value()))
              .orElse(answer.value());
      return new Reason.AnswerSupport(answer.question(), answer.value(), answer.number(), shown);
    }
    Conclusion conclusion = ((Premise.Concluded) premise).conclusion();
    return new Reason.ConclusionSupport(
        conclusion.kind().label(),
        conclusion.id(),
        titleOf(conclusion),
        reasonsFor(conclusion, onPath));
  }

  /** The conclusion's title from the wording. */
  public String titleOf(Conclusion conclusion) {
    return wording.get(ConclusionRef.of(conclusion)).title();
  }
}
