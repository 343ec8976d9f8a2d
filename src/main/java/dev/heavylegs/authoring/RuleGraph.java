package dev.heavylegs.authoring;

import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Question;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The inference graph of a knowledge base: questions, then conditions, causes, recommendations and
 * referrals. A rule with one premise is an arrow from it to what the rule concludes; a rule with
 * several is a small "all" node they all lead into, and an {@code or} inside it an "any" node. An
 * arrow from a question carries the test on its answer ({@code >= 640 km}); an arrow into a cause,
 * the rule's weight; a dashed arrow is read under {@code not}. Written as Graphviz DOT, with a
 * legend, or Mermaid; the whole knowledge base, or only what leads to one conclusion and what
 * follows from it.
 */
public final class RuleGraph {

  /** One arrow between node ids, with what it says; {@code negated} when read under a not. */
  record Edge(String from, String to, String label, boolean negated) {}

  /** What a node stands for. */
  enum Shape {
    QUESTION,
    CONCLUSION,
    ALL,
    ANY
  }

  /** One node: its id, what it shows, the column it belongs in (empty for junctions). */
  record Node(String id, String label, String group, Shape shape, boolean redFlag) {}

  private static final List<String> GROUPS =
      List.of("questions", "conditions", "causes", "recommendations", "referrals");

  /** Longer tests on an answer (a list of symptoms) are cut on the arrow: the rule has them all. */
  private static final int MAX_TEST_CHARS = 40;

  private final Map<String, Node> nodes;
  private final Set<Edge> edges;

  private RuleGraph(Map<String, Node> nodes, Set<Edge> edges) {
    this.nodes = nodes;
    this.edges = edges;
  }

  public RuleGraph(KnowledgeBase knowledgeBase) {
    this(new LinkedHashMap<>(), new LinkedHashSet<>());
    for (Question question : knowledgeBase.questions().all()) {
      add(new Node("q:" + question.id(), question.id(), "questions", Shape.QUESTION, false));
    }
    Function<String, String> unit =
        id -> knowledgeBase.questions().find(id).map(Question::unit).orElse(null);
    for (RuleInfo rule : knowledgeBase.rules().all()) {
      for (ConclusionRef made : rule.conclusionsMade()) {
        nodes.putIfAbsent(
            node(made),
            new Node(
                node(made),
                knowledgeBase.wording().titleOf(made),
                made.kind().plural(),
                Shape.CONCLUSION,
                rule.raisesRedFlag()));
        String label = rule.id() + rule.weight().map(w -> " (weight " + w + ")").orElse("");
        List<RuleCondition> premises =
            rule.conditions() instanceof RuleCondition.All all
                ? all.conditions()
                : List.of(rule.conditions());
        if (premises.size() == 1) {
          premise(premises.get(0), false, node(made), label, rule, unit);
        } else {
          String junction = "all:" + rule.id() + ":" + made.id();
          add(new Node(junction, "all", "", Shape.ALL, false));
          edges.add(new Edge(junction, node(made), label, false));
          premises.forEach(p -> premise(p, false, junction, "", rule, unit));
        }
      }
    }
  }

  /**
   * Only what leads to one node and what follows from it: a conclusion ({@code cause:hot-weather},
   * {@code condition:hot-conditions}, or its id alone) or a question ({@code
   * question:temperature-c}); empty when {@link #named} finds no such node, or several.
   */
  public Optional<RuleGraph> focusedOn(String name) {
    List<String> named = named(name);
    Optional<String> focus =
        named.size() == 1
            ? Optional.of(named.get(0).replaceFirst("^question:", "q:"))
            : Optional.empty();
    if (focus.isEmpty()) {
      return Optional.empty();
    }
    Set<String> kept = new HashSet<>(reach(focus.get(), true));
    kept.addAll(reach(focus.get(), false));
    // an "all" or "any" node keeps every arrow into it, or it would read as needing less
    for (Edge edge : edges) {
      if (kept.contains(edge.to())
          && nodes.get(edge.to()).shape() != Shape.QUESTION
          && nodes.get(edge.to()).shape() != Shape.CONCLUSION) {
        kept.add(edge.from());
      }
    }
    Map<String, Node> keptNodes = new LinkedHashMap<>();
    nodes.values().stream()
        .filter(n -> kept.contains(n.id()))
        .forEach(n -> keptNodes.put(n.id(), n));
    Set<Edge> keptEdges = new LinkedHashSet<>();
    edges.stream()
        .filter(e -> kept.contains(e.from()) && kept.contains(e.to()))
        .forEach(keptEdges::add);
    return Optional.of(new RuleGraph(keptNodes, keptEdges));
  }

  /**
   * The questions and conclusions {@code name} names: {@code cause:hot-weather}, {@code
   * question:temperature-c}, or an id alone, which may name both a condition and a cause.
   */
  public List<String> named(String name) {
    String wanted =
        name.startsWith("question:") ? "q:" + name.substring("question:".length()) : name;
    return nodes.values().stream()
        .filter(n -> n.shape() == Shape.QUESTION || n.shape() == Shape.CONCLUSION)
        .map(Node::id)
        .filter(id -> id.equals(wanted) || !wanted.contains(":") && id.endsWith(":" + wanted))
        .map(id -> id.startsWith("q:") ? "question:" + id.substring(2) : id)
        .toList();
  }

  /** Every node upstream ({@code backwards}) or downstream of {@code start}, itself included. */
  private Set<String> reach(String start, boolean backwards) {
    Set<String> seen = new LinkedHashSet<>(List.of(start));
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String at = queue.removeFirst();
      for (Edge edge : edges) {
        String from = backwards ? edge.to() : edge.from();
        String to = backwards ? edge.from() : edge.to();
        if (from.equals(at) && seen.add(to)) {
          queue.addLast(to);
        }
      }
    }
    return seen;
  }

  /** Graphviz DOT, one cluster per stage, left to right, with a legend. */
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
          out.append("    ").append(dotNode(node)).append('\n');
        }
      }
      out.append("  }\n");
    }
    for (Node node : nodes.values()) {
      if (node.group().isEmpty()) {
        out.append("  ").append(dotNode(node)).append('\n');
      }
    }
    for (Edge edge : edges) {
      out.append("  \"").append(edge.from()).append("\" -> \"").append(edge.to()).append('"');
      List<String> attributes = new ArrayList<>();
      if (!edge.label().isEmpty()) {
        attributes.add("label=\"" + escape(edge.label()) + "\"");
      }
      if (edge.negated()) {
        attributes.add("style=dashed");
      }
      if (!attributes.isEmpty()) {
        out.append(" [").append(String.join(", ", attributes)).append(']');
      }
      out.append(";\n");
    }
    out.append(LEGEND);
    return out.append("}\n").toString();
  }

  private static final String LEGEND =
      """
        subgraph cluster_legend {
          label="legend"; fontsize=10;
          node [fontsize=9];
          "legend:question" [label="a question"];
          "legend:read" [label="a conclusion"];
          "legend:all" [label="all", shape=circle, width=0.3, fixedsize=true];
          "legend:any" [label="any", shape=diamond, width=0.4, fixedsize=true];
          "legend:made" [label="a conclusion"];
          "legend:red" [label="a red flag", fillcolor="#f4cccc"];
          "legend:question" -> "legend:all" [label=">= 640 km: the test on the answer"];
          "legend:read" -> "legend:all" [label="dashed: must be absent (not)", style=dashed];
          "legend:all" -> "legend:made" [label="RULE-ID (weight 3): a rule that needs all of these"];
          "legend:any" -> "legend:made" [label="one of these is enough (or)"];
        }
      """;

  private static String dotNode(Node node) {
    String text = "\"" + node.id() + "\" [label=\"" + escape(node.label()) + "\"";
    return switch (node.shape()) {
      case ALL -> text + ", shape=circle, width=0.3, fixedsize=true, fontsize=8];";
      case ANY -> text + ", shape=diamond, width=0.4, fixedsize=true, fontsize=8];";
      default -> text + (node.redFlag() ? ", fillcolor=\"#f4cccc\"" : "") + "];";
    };
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
    for (Node node : nodes.values()) {
      if (node.shape() == Shape.ALL) {
        out.append("  ").append(mermaidId(node.id())).append("((all))\n");
      } else if (node.shape() == Shape.ANY) {
        out.append("  ").append(mermaidId(node.id())).append("{any}\n");
      }
    }
    for (Edge edge : edges) {
      String label = edge.label().replace("\"", "'").replace("|", "/");
      out.append("  ").append(mermaidId(edge.from()));
      if (edge.negated()) {
        out.append(" -.->|not ").append(label).append("| ");
      } else if (label.isEmpty()) {
        out.append(" --> ");
      } else {
        out.append(" -->|").append(label).append("| ");
      }
      out.append(mermaidId(edge.to())).append('\n');
    }
    nodes.values().stream()
        .filter(Node::redFlag)
        .forEach(n -> out.append("  style ").append(mermaidId(n.id())).append(" fill:#f4cccc\n"));
    return out.toString();
  }

  /** The arrows of one premise of {@code rule} into {@code to}, labelled {@code label}. */
  private void premise(
      RuleCondition condition,
      boolean negated,
      String to,
      String label,
      RuleInfo rule,
      Function<String, String> unit) {
    if (condition instanceof RuleCondition.AnswerPattern pattern) {
      String test = test(pattern, unit.apply(pattern.question()));
      String text = label.isEmpty() ? test : test.isEmpty() ? label : label + ": " + test;
      edges.add(new Edge("q:" + pattern.question(), to, text, negated));
    } else if (condition instanceof RuleCondition.ConclusionPattern pattern) {
      edges.add(new Edge(node(pattern.conclusion()), to, label, negated));
    } else if (condition instanceof RuleCondition.Not not) {
      premise(not.condition(), !negated, to, label, rule, unit);
    } else if (condition instanceof RuleCondition.All all) {
      if (all.conditions().size() == 1) {
        premise(all.conditions().get(0), negated, to, label, rule, unit);
      } else {
        String junction = "all:" + rule.id() + ":" + to + ":" + edges.size();
        add(new Node(junction, "all", "", Shape.ALL, false));
        edges.add(new Edge(junction, to, label, negated));
        all.conditions().forEach(c -> premise(c, false, junction, "", rule, unit));
      }
    } else if (condition instanceof RuleCondition.Any any) {
      String junction = "any:" + rule.id() + ":" + to + ":" + edges.size();
      add(new Node(junction, "any", "", Shape.ANY, false));
      edges.add(new Edge(junction, to, label, negated));
      any.conditions().forEach(c -> premise(c, false, junction, "", rule, unit));
    } else if (condition instanceof RuleCondition.Opaque opaque) {
      opaque.questions().forEach(q -> edges.add(new Edge("q:" + q, to, label, negated)));
      opaque.conclusions().forEach(c -> edges.add(new Edge(node(c), to, label, negated)));
    }
  }

  /** The test on an answer as an arrow shows it: {@code >= 640 km}, {@code == hard}. */
  private static String test(RuleCondition.AnswerPattern pattern, String unit) {
    List<String> parts = new ArrayList<>();
    for (String constraint : pattern.constraints()) {
      String shown = constraint.replaceFirst("^(number|value)\\s*", "").replace("\"", "");
      if (constraint.startsWith("number")
          && unit != null
          && shown.matches("[<>=!]+\\s*-?[\\d.]+")) {
        shown = shown + " " + unit;
      }
      parts.add(shown);
    }
    String text = String.join(" and ", parts);
    return text.length() > MAX_TEST_CHARS ? text.substring(0, MAX_TEST_CHARS - 3) + "..." : text;
  }

  private void add(Node node) {
    nodes.putIfAbsent(node.id(), node);
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
