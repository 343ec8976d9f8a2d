package dev.heavylegs.kbase;

import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.facts.Urgency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the knowledge base says about one rule: where it is written, its metadata as the engine
 * compiled it, which answers it reads, and which conclusions it reads and makes.
 *
 * @param packageName the DRL package
 * @param name the rule name
 * @param file the rule file (or decision table) as shown to users
 * @param table the name of the decision table the rule comes from, or an empty string for DRL
 * @param line the line of the rule's {@code rule} keyword; for a decision table, its row
 * @param metadata the rule's {@code @key("value")} metadata, as compiled by the engine
 * @param answerTests the tests the rule makes on answers, one per constraint
 * @param conclusionsRead the conclusions the rule's conditions mention (also under {@code not})
 * @param conditions the rule's conditions as a tree
 * @param conclusionsMade the conclusions the rule's consequence inserts
 * @param consequence the rule's consequence as written, after {@code then}
 * @param referralUrgency the urgency of the referral the rule makes, or null when it makes none
 */
public record RuleInfo(
    String packageName,
    String name,
    String file,
    String table,
    int line,
    Map<String, String> metadata,
    List<AnswerTest> answerTests,
    Set<ConclusionRef> conclusionsRead,
    RuleCondition conditions,
    List<ConclusionRef> conclusionsMade,
    String consequence,
    Urgency referralUrgency) {

  /** Every part but the urgency is required (equals and hashCode below rely on it). */
  public RuleInfo {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(answerTests, "answerTests");
    Objects.requireNonNull(conclusionsRead, "conclusionsRead");
    Objects.requireNonNull(conditions, "conditions");
    Objects.requireNonNull(conclusionsMade, "conclusionsMade");
    Objects.requireNonNull(consequence, "consequence");
  }

  /** Metadata key of the rule's stable id. */
  public static final String ID = "id";

  /** Metadata key of where the rule's knowledge comes from. */
  public static final String SOURCE = "source";

  /** Metadata key of how much a cause rule's evidence counts. */
  public static final String WEIGHT = "weight";

  /**
   * One test a rule makes on an answer.
   *
   * @param question the question id the pattern names
   * @param expression the constraint as written, e.g. {@code number >= 25}
   * @param line where the constraint is
   * @param column where the constraint is
   */
  public record AnswerTest(String question, String expression, int line, int column) {}

  // Written out rather than left to the record: the generated ones walk the whole condition tree
  // through method handles, and rules are set members and map keys in every interview step. Two
  // rules of one knowledge base never share package and name, so the hash needs no more.
  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof RuleInfo rule
            && line == rule.line
            && packageName.equals(rule.packageName)
            && name.equals(rule.name)
            && file.equals(rule.file)
            && table.equals(rule.table)
            && metadata.equals(rule.metadata)
            && answerTests.equals(rule.answerTests)
            && conclusionsRead.equals(rule.conclusionsRead)
            && conditions.equals(rule.conditions)
            && conclusionsMade.equals(rule.conclusionsMade)
            && consequence.equals(rule.consequence)
            && Objects.equals(referralUrgency, rule.referralUrgency);
  }

  @Override
  public int hashCode() {
    return 31 * packageName.hashCode() + name.hashCode();
  }

  /** The stable id, or an empty string when the rule has none (the loader refuses that). */
  public String id() {
    return metadata.getOrDefault(ID, "");
  }

  public String source() {
    return metadata.getOrDefault(SOURCE, "");
  }

  /** The weight of a cause rule's evidence, if it has a valid one. */
  public Optional<Integer> weight() {
    String weight = metadata.getOrDefault(WEIGHT, "").trim();
    if (weight.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(weight));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The urgency of the referral this rule makes, if it makes one. */
  public Optional<Urgency> urgency() {
    return Optional.ofNullable(referralUrgency);
  }

  /** True when the rule makes an emergency or urgent referral: a red flag. */
  public boolean raisesRedFlag() {
    return referralUrgency != null && referralUrgency.isRedFlag();
  }

  /** The ids of the questions this rule reads. */
  public Set<String> questionsRead() {
    return answerTests.stream().map(AnswerTest::question).collect(Collectors.toSet());
  }

  /**
   * True when the rule tests the answer to {@code questionId}; {@code questionsRead().contains}
   * without the set.
   */
  public boolean reads(String questionId) {
    for (AnswerTest test : answerTests) {
      if (test.question().equals(questionId)) {
        return true;
      }
    }
    return false;
  }

  /** True when the rule concludes something of this kind. */
  public boolean concludes(Kind kind) {
    return conclusionsMade.stream().anyMatch(c -> c.kind() == kind);
  }

  /**
   * The rule as every explanation names it: {@code ID "name" (location)}, as in {@code
   * CAUSE-BEGINNER-01 "Beginner: ..." (kbase/causes/beginner.drl:16)}. The one place that joins
   * them.
   */
  public String reference() {
    return id() + " \"" + name + "\" (" + location() + ")";
  }

  /** {@code file:line}, or for a decision table its file, table and row, for explanations. */
  public String location() {
    return table.isEmpty() ? file + ":" + line : file + ", table " + table + ", row " + line;
  }
}
