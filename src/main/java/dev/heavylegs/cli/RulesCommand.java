package dev.heavylegs.cli;

import dev.heavylegs.authoring.RuleGraph;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.json.JsonText;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.report.write.RuleJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code heavylegs rules}: the rules of the knowledge base, as a list or as a graph. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Lists the rules, or draws the inference graph.",
    description = {
      "Lists every rule with its id, stage, file:line, what it concludes and its source.",
      "With --graph, writes the inference graph instead (questions -> conditions -> causes -> "
          + "recommendations and referrals), as Graphviz DOT (render with: dot -Tsvg), as SVG"
          + " (when Graphviz is installed) or as Mermaid:"
          + " an arrow per rule, with the test on the answer and the weight of a cause rule, an"
          + " 'all' node where a rule needs several premises, an 'any' node for an or, dashed"
          + " for not. --focus NODE draws only what leads to one conclusion or question and"
          + " what follows from it.",
      "With --json, writes the list as a JSON array, to look up the rule ids of a batch's explanations."
    })
final class RulesCommand implements Callable<Integer> {

  enum GraphFormat {
    dot,
    mermaid,
    svg
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--graph",
      arity = "0..1",
      fallbackValue = "dot",
      paramLabel = "FORMAT",
      description = "Write the inference graph: ${COMPLETION-CANDIDATES} (default: dot).")
  GraphFormat graph;

  @Option(
      names = {"--focus", "--cause"},
      paramLabel = "NODE",
      description =
          "With --graph: only what leads to this node and what follows from it: a conclusion"
              + " (cause:hot-weather, condition:hot-conditions, or the id alone) or a question"
              + " (question:temperature-c).")
  String focus;

  @Option(names = "--json", description = "Write the list as a JSON array.")
  boolean json;

  @Mixin KbaseOption kbase;

  @Override
  public Integer call() throws Exception {
    if (json && graph != null) {
      throw new ParameterException(spec.commandLine(), "Use --json or --graph, not both");
    }
    KnowledgeBase knowledgeBase = KnowledgeBaseLoader.load(kbase.directory());
    PrintWriter out = spec.commandLine().getOut();
    if (focus != null && graph == null) {
      throw new ParameterException(spec.commandLine(), "--focus goes with --graph");
    }
    if (graph != null) {
      RuleGraph rules = new RuleGraph(knowledgeBase);
      if (focus != null) {
        List<String> named = rules.named(focus);
        if (named.size() > 1) {
          throw new BadOptionException(
              "--focus: '"
                  + focus
                  + "' names "
                  + String.join(" and ", named)
                  + ": name one of them");
        }
        rules =
            rules
                .focusedOn(focus)
                .orElseThrow(
                    () ->
                        new BadOptionException(
                            "--focus: the graph has no '"
                                + focus
                                + "': name a conclusion or a question, e.g. cause:hot-weather or"
                                + " question:temperature-c (causes: "
                                + String.join(", ", causes(knowledgeBase))
                                + ")"));
      }
      out.print(
          switch (graph) {
            case dot -> rules.dot();
            case mermaid -> rules.mermaid();
            case svg -> GraphvizSvg.of(rules.dot());
          });
      return ExitCode.OK;
    }
    if (json) {
      out.println(
          JsonText.pretty(knowledgeBase.rules().all().stream().map(RuleJson::listed).toList()));
      return ExitCode.OK;
    }
    for (RuleInfo rule : knowledgeBase.rules().all()) {
      out.println(rule.id() + "  [" + stage(rule) + "]  " + rule.location());
      out.println("    " + rule.name());
      out.println(
          "    concludes: "
              + rule.conclusionsMade().stream()
                  .map(ConclusionRef::toString)
                  .collect(Collectors.joining(", "))
              + rule.weight().map(w -> "  (weight " + w + ")").orElse(""));
      out.println("    source: " + rule.source());
    }
    out.println(knowledgeBase.rules().all().size() + " rules");
    return ExitCode.OK;
  }

  private static String stage(RuleInfo rule) {
    return RuleJson.stage(rule);
  }

  private static List<String> causes(KnowledgeBase knowledgeBase) {
    return knowledgeBase.rules().all().stream()
        .flatMap(r -> r.conclusionsMade().stream())
        .filter(c -> c.kind() == Kind.CAUSE)
        .map(ConclusionRef::id)
        .distinct()
        .sorted()
        .toList();
  }
}
