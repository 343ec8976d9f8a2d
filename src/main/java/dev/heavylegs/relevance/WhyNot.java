package dev.heavylegs.relevance;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a conclusion was not reached: each rule that could make it, with each of its conditions
 * marked {@code [holds]}, {@code [fails]} or {@code [open]} (waiting for an answer), as the
 * runner's {@code whynot} command and a failing scenario show it.
 */
public final class WhyNot {

  private final KnowledgeBase knowledgeBase;

  public WhyNot(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** The explanation for {@code ref}, judged by {@code open}, while answers are still to come. */
  public String explain(ConclusionRef ref, RuleAssessment open) {
    return explain(ref, open, false);
  }

  /**
   * The explanation for {@code ref}, judged by {@code open}, when no more answers will come (a
   * scenario, an answers file): a condition still open waits for a question that was not answered.
   */
  public String explainFinal(ConclusionRef ref, RuleAssessment open) {
    return explain(ref, open, true);
  }

  private String explain(ConclusionRef ref, RuleAssessment open, boolean noMoreAnswers) {
    List<RuleInfo> makers =
        knowledgeBase.rules().all().stream()
            .filter(r -> r.conclusionsMade().contains(ref))
            .toList();
    StringBuilder text =
        new StringBuilder(title(ref))
            .append(" (")
            .append(ref.kind().label())
            .append(") is not concluded");
    text.append(
        switch (open.truthOf(ref)) {
          case OPEN ->
              noMoreAnswers
                  ? ": questions it needs are not answered ([open] below).\n"
                  : ", but it still may be: some answers it needs are still to come.\n";
          // the answers meet a rule, and yet the engine did not keep the conclusion
          case TRUE ->
              ", although the answers meet a rule that makes it: the rule switches itself off,"
                  + " or another takes it back (validate names such rules):\n";
          default -> ". No rule that makes it holds:\n";
        });
    for (RuleInfo rule : makers) {
      text.append("  rule ").append(rule.reference()).append('\n');
      for (RuleCondition premise : topLevel(rule.conditions())) {
        text.append("    ")
            .append(mark(open.truthOf(premise)))
            .append(' ')
            .append(describe(premise, open))
            .append('\n');
      }
    }
    return text.toString().stripTrailing();
  }

  private String describe(RuleCondition condition, RuleAssessment open) {
    if (condition instanceof RuleCondition.AnswerPattern pattern) {
      String test =
          pattern.question()
              + (pattern.constraints().isEmpty()
                  ? " answered"
                  : " " + String.join(" and ", pattern.constraints()));
      List<String> given = open.factsOf(pattern.question()).stream().map(Answer::value).toList();
      String answered =
          !open.isSettled(pattern.question())
              ? "not answered yet"
              : !open.isAnswered(pattern.question())
                  ? "you don't know"
                  : given.isEmpty()
                      ? "you answered none"
                      : "you answered " + String.join(", ", given);
      return test + "  (" + answered + ")";
    }
    if (condition instanceof RuleCondition.ConclusionPattern pattern) {
      return pattern.conclusion().kind().label()
          + " "
          + title(pattern.conclusion())
          + " ["
          + pattern.conclusion().id()
          + "]";
    }
    if (condition instanceof RuleCondition.Not not) {
      return "not: "
          + topLevel(not.condition()).stream()
              .map(c -> describe(c, open))
              .collect(Collectors.joining("; "));
    }
    if (condition instanceof RuleCondition.Any any) {
      return "one of: "
          + any.conditions().stream()
              .map(c -> describe(c, open))
              .collect(Collectors.joining(" | "));
    }
    if (condition instanceof RuleCondition.All all) {
      return all.conditions().stream()
          .map(c -> describe(c, open))
          .collect(Collectors.joining("; "));
    }
    RuleCondition.Opaque opaque = (RuleCondition.Opaque) condition;
    return "a condition on " + String.join(", ", opaque.questions());
  }

  private static List<RuleCondition> topLevel(RuleCondition condition) {
    return condition instanceof RuleCondition.All all
        ? all.conditions()
        : new ArrayList<>(List.of(condition));
  }

  private static String mark(Truth truth) {
    return switch (truth) {
      case TRUE -> "[holds]";
      case FALSE -> "[fails]";
      case OPEN -> "[open] ";
    };
  }

  private String title(ConclusionRef ref) {
    return knowledgeBase.wording().titleOf(ref);
  }
}
