package dev.heavylegs.cli;

import dev.heavylegs.authoring.Validation;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.scenarios.Scenario;
import dev.heavylegs.scenarios.ScenarioFileException;
import dev.heavylegs.scenarios.ScenarioReader;
import dev.heavylegs.scenarios.ScenarioRunner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heavylegs validate}: every problem of the knowledge base, in one pass. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Checks the knowledge base and reports every problem.",
    description = {
      "Builds the knowledge base and reports every problem as path:line:col: error|warning: message.",
      "Beyond compiling the rules it checks ids, sources and weights, wording, the question",
      "catalogue, values against ranges and choices, rules made redundant by others, rules",
      "that do more than insert conclusions, that every conclusion can be reached, and the",
      "scenarios' answers and ids (without running them: that is heavylegs test).",
      "Exit 0 when there are no errors (and, with --strict, no warnings), 3 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Mixin KbaseOption kbase;

  @Override
  public Integer call() {
    Validation validation = Validation.of(kbase.directory());
    PrintWriter out = spec.commandLine().getOut();
    validation.problems().forEach(out::println);
    List<String> scenarioMistakes =
        validation.knowledgeBase().map(this::scenarioMistakes).orElse(List.of());
    scenarioMistakes.forEach(out::println);
    String summary =
        validation
            .knowledgeBase()
            .map(
                kb ->
                    kb.location()
                        + ": "
                        + kb.rules().all().size()
                        + " rules, "
                        + kb.questions().all().size()
                        + " questions")
            .orElse(kbase.directory().toString());
    out.println(
        summary
            + ": "
            + (validation.errors() + scenarioMistakes.size())
            + " error(s), "
            + validation.warnings()
            + " warning(s)");
    boolean failed =
        validation.errors() > 0
            || !scenarioMistakes.isEmpty()
            || (strict && validation.warnings() > 0);
    return failed ? ExitCode.BAD_KNOWLEDGE_BASE : ExitCode.OK;
  }

  /**
   * The scenarios' own mistakes (a file that does not read, answers refused, unknown ids), one line
   * each as validate prints problems.
   */
  private List<String> scenarioMistakes(KnowledgeBase knowledgeBase) {
    List<Scenario> scenarios;
    try {
      scenarios = ScenarioReader.readAll(kbase.directory(), knowledgeBase.location());
    } catch (ScenarioFileException e) {
      return List.of(e.getMessage()); // already path:line:col: error: ...
    }
    ScenarioRunner runner = new ScenarioRunner(knowledgeBase);
    List<String> mistakes = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      for (String mistake : runner.mistakes(scenario)) {
        mistakes.add(
            KbaseProblem.error(
                    scenario.file(),
                    scenario.line(),
                    1,
                    "scenario \"" + scenario.name() + "\": " + mistake)
                .toString());
      }
    }
    return mistakes;
  }
}
