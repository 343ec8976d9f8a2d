package dev.heavylegs.authoring;

import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inference graph of a knowledge base: questions, then conditions, causes, recommendations and
 * referrals, with an arrow for each rule from what it reads to what it concludes (dashed where the
 * rule reads it under {@code not}). Written as Graphviz DOT or Mermaid.
 */
public final class RuleGraph {

  /** One arrow: {@code from} and {@code to} are node ids; {@code negated} under a {@code not}. */
  record Edge(String from, String to, String rule, boolean negated) {}

  /** One node: its id, what it shows, and the column it belongs in. */
  record Node(String id, String label, String group, boolean redFlag) {}

  private static final List<String> GROUPS =
      List.of("questions", "conditions", "causes", "recommendations", "referrals");

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Set<Edge> edges = new LinkedHashSet<>();

  public RuleGraph(KnowledgeBase knowledgeBase) {
    for (Question question : knowledgeBase.questions().all()) {
      nodes.put(
          "q:" + question.id(), new Node("q:" + question.id(), question.id(), "questions", false));
    }
    for (RuleInfo rule : knowledgeBase.rules().all()) {
      for (ConclusionRef made : rule.conclusionsMade()) {
        String title = knowledgeBase.wording().titleOf(made);
        nodes.putIfAbsent(
            node(made), new Node(node(made), title, made.kind().plural(), rule.raisesRedFlag()));
        List<Edge> inputs = new ArrayList<>();
        inputsOf(rule.conditions(), false, node(made), rule.id(), inputs);
        edges.addAll(inputs);
      }
    }
  }

  /** Graphviz DOT, one cluster per stage, left to right. */
  public String dot() {
    StringBuilder out =
        new StringBuilder(
            "digraph heavylegs {\n  rankdir=LR;\n"
                + "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=Helvetica];\n"
                + "  edge [fontname=Helvetica, fontsize=9];\n");
    for (String group : GROUPS) {
      out.append("  subgraph cluster_")
          .append(group)
          .append(" {\n    label=\"")
          .append(group)
          .append("\";\n");
      for (Node node : nodes.values()) {
        if (node.group().equals(group)) {
          out.append("    \"")
              .append(node.id())
              .append("\" [label=\"")
              .append(escape(node.label()))
              .append('"')
              .append(node.redFlag() ? ", fillcolor=\"#f4cccc\"" : "")
              .append("];\n");
        }
      }
      out.append("  }\n");
    }
    for (Edge edge : edges) {
      out.append("  \"")
          .append(edge.from())
          .append("\" -> \"")
          .append(edge.to())
          .append("\" [label=\"")
          .append(edge.rule())
          .append('"')
          .append(edge.negated() ? ", style=dashed" : "")
          .append("];\n");
    }
    return out.append("}\n").toString();
  }

  /** A Mermaid flowchart, one subgraph per stage, left to right. */
  public String mermaid() {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (String group : GROUPS) {
      out.append("  subgraph ").append(group).append('\n');
      for (Node node : nodes.values()) {
        if (node.group().equals(group)) {
          out.append("    ")
              .append(mermaidId(node.id()))
              .append("[\"")
              .append(node.label().replace("\"", "'"))
              .append("\"]\n");
        }
      }
      out.append("  end\n");
    }
    for (Edge edge : edges) {
      out.append("  ")
          .append(mermaidId(edge.from()))
          .append(edge.negated() ? " -.->|not " : " -->|")
          .append(edge.rule())
          .append("| ")
          .append(mermaidId(edge.to()))
          .append('\n');
    }
    nodes.values().stream()
        .filter(Node::redFlag)
        .forEach(n -> out.append("  style ").append(mermaidId(n.id())).append(" fill:#f4cccc\n"));
    return out.toString();
  }

  private static void inputsOf(
      RuleCondition condition, boolean negated, String to, String rule, List<Edge> out) {
    if (condition instanceof RuleCondition.AnswerPattern pattern) {
      out.add(new Edge("q:" + pattern.question(), to, rule, negated));
    } else if (condition instanceof RuleCondition.ConclusionPattern pattern) {
      out.add(new Edge(node(pattern.conclusion()), to, rule, negated));
    } else if (condition instanceof RuleCondition.Not not) {
      inputsOf(not.condition(), !negated, to, rule, out);
    } else if (condition instanceof RuleCondition.All all) {
      all.conditions().forEach(c -> inputsOf(c, negated, to, rule, out));
    } else if (condition instanceof RuleCondition.Any any) {
      any.conditions().forEach(c -> inputsOf(c, negated, to, rule, out));
    } else if (condition instanceof RuleCondition.Opaque opaque) {
      opaque.questions().forEach(q -> out.add(new Edge("q:" + q, to, rule, negated)));
      opaque.conclusions().forEach(c -> out.add(new Edge(node(c), to, rule, negated)));
    }
  }

  private static String node(ConclusionRef ref) {
    return ref.kind().label() + ":" + ref.id();
  }

  private static String mermaidId(String id) {
    return id.replaceAll("[^A-Za-z0-9]", "_");
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
