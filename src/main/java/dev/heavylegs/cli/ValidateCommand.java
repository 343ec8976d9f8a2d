package dev.heavylegs.cli;

import dev.heavylegs.authoring.Validation;
import java.io.PrintWriter;
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
      "that do more than insert conclusions, and that every conclusion can be reached.",
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
            + validation.errors()
            + " error(s), "
            + validation.warnings()
            + " warning(s)");
    boolean failed = validation.errors() > 0 || (strict && validation.warnings() > 0);
    return failed ? ExitCode.BAD_KNOWLEDGE_BASE : ExitCode.OK;
  }
}
