package dev.heavylegs.kbase;

/**
 * The rules as the engine holds them once compiled, counted by Drools itself: a second opinion on
 * what heavylegs' own reading of the files ({@link RuleIndex}) finds.
 */
public final class EngineRules {

  private EngineRules() {}

  public static int count(KnowledgeBase knowledgeBase) {
    return knowledgeBase.kieBase().getKiePackages().stream()
        .mapToInt(p -> p.getRules().size())
        .sum();
  }
}
