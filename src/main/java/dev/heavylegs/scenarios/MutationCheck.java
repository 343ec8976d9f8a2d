package dev.heavylegs.scenarios;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader.Checked;
import dev.heavylegs.kbase.mutate.KbaseMutants;
import dev.heavylegs.kbase.mutate.KbaseMutants.Mutant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Mutation testing of a knowledge base: each mutant (a threshold moved, a boundary flipped, a
 * weight off by one, a {@code not} left out) is compiled and every scenario run on it; a mutant
 * that no scenario notices is a piece of knowledge no scenario pins, and comes with a scenario that
 * would.
 */
public final class MutationCheck {

  /** What became of one mutant. */
  public enum Fate {
    /** A scenario failed on it. */
    NOTICED,
    /** Every scenario passed on it. */
    SURVIVED,
    /** It did not compile, so it says nothing. */
    NOT_BUILT
  }

  /**
   * One mutant and its fate.
   *
   * @param detail the scenario that noticed it, or why it was not built; empty for a survivor
   * @param suggestion for a survivor, a scenario (YAML) that passes on the knowledge base and fails
   *     on the mutant, when one was found
   */
  public record Finding(Mutant mutant, Fate fate, String detail, Optional<String> suggestion) {}

  /**
   * Every mutant's fate, in the order of the rules, and the comparisons on numbers no mutant could
   * be made of.
   */
  public record Result(List<Finding> findings, List<String> notChecked) {

    public List<Finding> with(Fate fate) {
      return findings.stream().filter(f -> f.fate() == fate).toList();
    }
  }

  private final Checked base;
  private final List<Scenario> scenarios;
  private final Map<Scenario, Set<String>> firedBy;

  /**
   * @param base the knowledge base, on which every scenario passes
   * @param scenarios its scenarios
   * @param firedBy the ids of the rules each scenario fired on the knowledge base
   */
  public MutationCheck(Checked base, List<Scenario> scenarios, Map<Scenario, Set<String>> firedBy) {
    this.base = base;
    this.scenarios = List.copyOf(scenarios);
    this.firedBy = Map.copyOf(firedBy);
  }

  /** Every mutant of the knowledge base, checked on {@code threads} threads at once. */
  public Result run(int threads) throws InterruptedException {
    KbaseMutants.Mutations mutations = KbaseMutants.of(base);
    List<Mutant> mutants = mutations.mutants();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            task -> {
              Thread thread = new Thread(task, "mutation-check");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Finding>> futures = new ArrayList<>();
      for (Mutant mutant : mutants) {
        futures.add(pool.submit(() -> check(mutant)));
      }
      List<Finding> findings = new ArrayList<>();
      for (Future<Finding> future : futures) {
        findings.add(future.get());
      }
      return new Result(findings, mutations.notChecked());
    } catch (ExecutionException e) {
      throw new IllegalStateException("the mutation check failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Finding check(Mutant mutant) {
    KnowledgeBase changed;
    try {
      changed = mutant.build();
    } catch (IllegalStateException e) {
      return new Finding(mutant, Fate.NOT_BUILT, firstLine(e.getMessage()), Optional.empty());
    }
    List<Scenario> ordered = firingFirst(mutant);
    ScenarioRunner runner = new ScenarioRunner(changed);
    for (Scenario scenario : ordered) {
      try {
        if (!runner.run(scenario).passed()) {
          return new Finding(mutant, Fate.NOTICED, scenario.toString(), Optional.empty());
        }
      } catch (RuntimeException e) {
        // the consultation itself failing (rules firing without end) is noticed too
        return new Finding(mutant, Fate.NOTICED, scenario + " (" + e + ")", Optional.empty());
      }
    }
    Optional<String> suggestion =
        new KillingScenario(base.knowledgeBase(), changed).find(mutant, ordered);
    return new Finding(mutant, Fate.SURVIVED, "", suggestion);
  }

  /** The scenarios that fired the changed rule first: the likeliest to notice the change. */
  private List<Scenario> firingFirst(Mutant mutant) {
    String id = mutant.rule().id();
    return scenarios.stream()
        .sorted(
            Comparator.comparing((Scenario s) -> !firedBy.getOrDefault(s, Set.of()).contains(id)))
        .toList();
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }
}
