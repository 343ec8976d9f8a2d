package dev.heavylegs.cli;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.scenarios.MutationCheck;
import dev.heavylegs.scenarios.Scenario;
import dev.heavylegs.scenarios.ScenarioCoverage;
import dev.heavylegs.scenarios.ScenarioReader;
import dev.heavylegs.scenarios.ScenarioResult;
import dev.heavylegs.scenarios.ScenarioRunner;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heavylegs test}: runs every scenario of the knowledge base and shows rule coverage. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs the knowledge base's scenarios and shows rule coverage.",
    description = {
      "Runs every scenario in the knowledge base's scenarios/ folder as a consultation. Each",
      "failure shows what was expected, what came out, and the explanation of the conclusion",
      "that came out unexpectedly or of why the expected one did not. Every cause and referral",
      "needs a scenario that concludes it and a near miss. Then lists the rules that fired in",
      "no scenario. With --mutate, then makes each small change a mistaken edit could make",
      "(every threshold moved and its >= or > flipped, every weight one up and down, every not",
      "left out), one at a time, runs the scenarios on it, and lists each change no scenario",
      "notices with a scenario to paste that would. Exit 0 when all pass (and no change goes",
      "unnoticed), 1 otherwise, 3 if the knowledge base has errors."
    })
final class TestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--list",
      description = "List every scenario with ok or FAIL, not only the failures.")
  boolean list;

  @Option(
      names = "--mutate",
      description =
          "Then check that the scenarios notice every small change of a threshold, a boundary,"
              + " a weight or a not (mutation testing).")
  boolean mutate;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Mutants checked at once (default: the number of cores).")
  Integer threads;

  @Mixin KbaseOption kbase;

  @Override
  public Integer call() throws Exception {
    if (threads != null && threads < 1) {
      throw new BadOptionException("--threads: at least 1, not " + threads);
    }
    KnowledgeBaseLoader.Checked checked = KnowledgeBaseLoader.checked(kbase.directory());
    KnowledgeBase knowledgeBase = checked.knowledgeBase();
    List<Scenario> scenarios = ScenarioReader.readAll(kbase.directory(), knowledgeBase.location());
    ScenarioRunner runner = new ScenarioRunner(knowledgeBase);
    PrintWriter out = spec.commandLine().getOut();
    Set<String> fired = new HashSet<>();
    Map<Scenario, Set<String>> firedBy = new HashMap<>();
    int failed = 0;
    for (Scenario scenario : scenarios) {
      ScenarioResult result = runner.run(scenario);
      fired.addAll(result.firedRules());
      firedBy.put(scenario, result.firedRules());
      if (list || !result.passed()) {
        out.println((result.passed() ? "ok    " : "FAIL  ") + scenario);
      }
      for (ScenarioResult.Failure failure : result.failures()) {
        out.println("      " + failure.message());
        failure.explanation().lines().forEach(line -> out.println("        " + line));
      }
      failed += result.passed() ? 0 : 1;
    }
    List<String> gaps = ScenarioCoverage.gaps(knowledgeBase, scenarios);
    if (!gaps.isEmpty()) {
      out.println("MISSING scenarios:");
      gaps.forEach(g -> out.println("      " + g));
    }
    List<RuleInfo> neverFired =
        knowledgeBase.rules().all().stream().filter(r -> !fired.contains(r.id())).toList();
    if (failed > 0 || list) {
      out.println();
    }
    out.println(
        scenarios.size()
            + " scenario(s): "
            + (scenarios.size() - failed)
            + " passed, "
            + failed
            + " failed");
    int total = knowledgeBase.rules().all().size();
    out.println(
        "rule coverage: "
            + (total - neverFired.size())
            + " of "
            + total
            + " rules fired in some scenario"
            + (neverFired.isEmpty() ? "" : "; never fired:"));
    neverFired.forEach(r -> out.println("  " + r.reference()));
    boolean passed = failed == 0 && gaps.isEmpty();
    if (mutate && !passed) {
      out.println(
          "mutation check not run: "
              + (failed > 0
                  ? "every scenario must pass first"
                  : "add the missing scenarios listed above first"));
    } else if (mutate && scenarios.isEmpty()) {
      out.println("mutation check not run: the knowledge base has no scenarios to run");
      passed = false;
    } else if (mutate) {
      int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      passed = new MutationReport(out).print(new MutationCheck(checked, scenarios, firedBy), cores);
    }
    out.flush();
    return passed ? ExitCode.OK : ExitCode.TESTS_FAILED;
  }
}
