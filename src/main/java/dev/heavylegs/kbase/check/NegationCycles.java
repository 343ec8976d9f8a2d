package dev.heavylegs.kbase.check;

import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleCondition.All;
import dev.heavylegs.kbase.RuleCondition.Any;
import dev.heavylegs.kbase.RuleCondition.ConclusionPattern;
import dev.heavylegs.kbase.RuleCondition.Not;
import dev.heavylegs.kbase.RuleCondition.Opaque;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules that switch themselves, or each other, off: a rule whose {@code not} denies what it
 * concludes, directly or through other rules. Concluding it makes the {@code not} fail, so the
 * engine takes the conclusion back, and the rule holds again: such a rule concludes nothing for
 * good, and two that deny each other conclude whichever the engine happens to fire first. Found on
 * the rules' condition trees: a chain of conclusions from what a rule concludes back to a
 * conclusion under one of its {@code not}s.
 */
final class NegationCycles {

  /** One step of a chain: {@code rule} reads {@code from} and concludes {@code to}. */
  private record Edge(ConclusionRef from, ConclusionRef to, RuleInfo rule, boolean negated) {}

  private final Map<ConclusionRef, List<Edge>> leaving = new LinkedHashMap<>();

  NegationCycles(RuleIndex rules) {
    for (RuleInfo rule : rules.list()) {
      List<Map.Entry<ConclusionRef, Boolean>> read = new ArrayList<>();
      collect(rule.conditions(), false, read);
      for (ConclusionRef made : rule.conclusionsMade()) {
        for (Map.Entry<ConclusionRef, Boolean> r : read) {
          leaving
              .computeIfAbsent(r.getKey(), k -> new ArrayList<>())
              .add(new Edge(r.getKey(), made, rule, r.getValue()));
        }
      }
    }
  }

  /** One error per rule whose {@code not} its own conclusion (or a chain from it) denies. */
  void report(List<KbaseProblem> out) {
    for (List<Edge> edges : leaving.values()) {
      for (Edge edge : edges) {
        if (!edge.negated()) {
          continue;
        }
        // a chain from what the rule concludes back to what its not denies
        path(edge.to(), edge.from()).ifPresent(chain -> out.add(problem(edge, chain)));
      }
    }
  }

  private static KbaseProblem problem(Edge denial, List<Edge> chain) {
    RuleInfo rule = denial.rule();
    String message;
    if (chain.isEmpty()) {
      message =
          "this rule concludes "
              + denial.to()
              + " only while there is no "
              + denial.from()
              + ", which is what it concludes: once it does, its 'not' no longer holds and the"
              + " engine takes the conclusion back, so it switches itself off";
    } else {
      List<String> through =
          chain.stream().map(e -> e.rule().id() + " (" + e.rule().location() + ")").toList();
      message =
          "this rule concludes "
              + denial.to()
              + " only while there is no "
              + denial.from()
              + ", but "
              + denial.to()
              + " leads to "
              + denial.from()
              + " through "
              + String.join(", then ", through)
              + ": the rules switch each other off, and what comes out depends on the order the"
              + " engine fires them";
    }
    return KbaseProblem.error(rule.file(), rule.line(), 1, message);
  }

  /** The edges from {@code start} to {@code goal}, shortest first; empty list when they are one. */
  private Optional<List<Edge>> path(ConclusionRef start, ConclusionRef goal) {
    if (start.equals(goal)) {
      return Optional.of(List.of());
    }
    Map<ConclusionRef, Edge> cameBy = new HashMap<>();
    Deque<ConclusionRef> queue = new ArrayDeque<>(List.of(start));
    cameBy.put(start, null);
    while (!queue.isEmpty()) {
      ConclusionRef at = queue.removeFirst();
      for (Edge edge : leaving.getOrDefault(at, List.of())) {
        if (cameBy.containsKey(edge.to())) {
          continue;
        }
        cameBy.put(edge.to(), edge);
        if (edge.to().equals(goal)) {
          List<Edge> chain = new ArrayList<>();
          for (Edge e = edge; e != null; e = cameBy.get(e.from())) {
            chain.add(0, e);
          }
          return Optional.of(chain);
        }
        queue.addLast(edge.to());
      }
    }
    return Optional.empty();
  }

  /** The conclusions a condition reads, each with whether it is read under a {@code not}. */
  private static void collect(
      RuleCondition condition, boolean negated, List<Map.Entry<ConclusionRef, Boolean>> out) {
    if (condition instanceof ConclusionPattern pattern) {
      out.add(Map.entry(pattern.conclusion(), negated));
    } else if (condition instanceof Not not) {
      collect(not.condition(), !negated, out);
    } else if (condition instanceof All all) {
      all.conditions().forEach(c -> collect(c, negated, out));
    } else if (condition instanceof Any any) {
      any.conditions().forEach(c -> collect(c, negated, out));
    } else if (condition instanceof Opaque opaque) {
      opaque.conclusions().forEach(c -> out.add(Map.entry(c, negated)));
    }
  }
}
