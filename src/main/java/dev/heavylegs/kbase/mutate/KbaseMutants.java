package dev.heavylegs.kbase.mutate;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader.Checked;
import dev.heavylegs.kbase.read.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mutants of a checked knowledge base: each one small change an expert could make by mistake (a
 * threshold moved, {@code >=} written as {@code >}, a weight off by one, a {@code not} left out),
 * found on the parsed rules and applied to the rules' text at the parsed position. A mutant that
 * every scenario still passes shows a piece of knowledge no scenario pins.
 */
public final class KbaseMutants {

  /** What kind of change a mutant makes. */
  public enum Kind {
    /** A number a rule compares an answer with, moved. */
    THRESHOLD,
    /** {@code >=} as {@code >}, or {@code <} as {@code <=}, and back: the threshold itself. */
    BOUNDARY,
    /** A cause rule's weight, one more or one less. */
    WEIGHT,
    /** A {@code not} left out: the rule then needs what it excluded. */
    NOT
  }

  /**
   * A value of one answer at which the mutant and the knowledge base part: the answer a scenario
   * needs to notice the change.
   *
   * @param question the question id
   * @param value the answer, in the question's unit
   */
  public record Probe(String question, double value) {}

  /**
   * One mutant.
   *
   * @param kind what kind of change it is
   * @param rule the rule changed, as the knowledge base has it
   * @param where the place of the change as the expert sees it: {@code file:line:col}, or the
   *     decision table's cell
   * @param change the change in the expert's words, e.g. {@code 640 → 704 km}
   * @param probe where an answer tells the mutant from the knowledge base, when one answer does
   */
  public record Mutant(
      Kind kind,
      RuleInfo rule,
      String where,
      String change,
      Optional<Probe> probe,
      Variant variant) {

    /**
     * The knowledge base with this change made, compiled.
     *
     * @throws IllegalStateException when the changed rules do not compile
     */
    public KnowledgeBase build() {
      return variant.build();
    }
  }

  /** How a mutant's knowledge base is made. */
  @FunctionalInterface
  public interface Variant {
    KnowledgeBase build();
  }

  private KbaseMutants() {}

  /**
   * Every mutant of a knowledge base, and the comparisons on numbers it could not mutate (a
   * threshold that is a binding, say), so that a check never claims more than it did.
   *
   * @param notChecked each as {@code place: constraint}
   */
  public record Mutations(List<Mutant> mutants, List<String> notChecked) {}

  /** Every mutant of {@code base}, in file order, thresholds first within a rule. */
  public static Mutations of(Checked base) {
    List<Mutant> mutants = new ArrayList<>();
    List<String> notChecked = new ArrayList<>();
    for (int i = 0; i < base.sources().size(); i++) {
      RuleSource source = base.sources().get(i);
      int index = i;
      SourceEdits.Recompile recompile =
          edited -> {
            List<RuleSource> sources = new ArrayList<>(base.sources());
            sources.set(index, edited);
            return KnowledgeBaseLoader.variant(base, sources);
          };
      mutants.addAll(
          new SourceEdits(base.knowledgeBase(), source, recompile, notChecked).mutants());
    }
    mutants.addAll(WeightEdits.mutants(base.knowledgeBase()));
    return new Mutations(List.copyOf(mutants), List.copyOf(notChecked));
  }
}
