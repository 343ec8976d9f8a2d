package dev.heavylegs.kbase.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.XlsxTable;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.mutate.KbaseMutants.Kind;
import dev.heavylegs.kbase.mutate.KbaseMutants.Mutant;
import dev.heavylegs.kbase.mutate.KbaseMutants.Probe;
import dev.heavylegs.questions.Answers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mutants of the shipped knowledge base: found where the expert wrote them, and real. */
class KbaseMutantsTest {

  private static KnowledgeBaseLoader.Checked shipped;
  private static List<Mutant> mutants;

  @TempDir Path tmp;

  @BeforeAll
  static void mutateTheShippedKbase() throws Exception {
    shipped = KnowledgeBaseLoader.checked(ShippedKbase.DIR);
    mutants = KbaseMutants.of(shipped).mutants();
  }

  private static Mutant mutant(String ruleId, String change) {
    return mutants.stream()
        .filter(m -> m.rule().id().equals(ruleId) && m.change().equals(change))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no mutant '"
                        + change
                        + "' of "
                        + ruleId
                        + " among "
                        + mutants.stream()
                            .filter(m -> m.rule().id().equals(ruleId))
                            .map(Mutant::change)
                            .toList()));
  }

  @Test
  void aTableThresholdIsMovedByATenthAndFlippedAtItsCell() {
    int row = ShippedKbase.lineOf("conditions/thresholds.drl.csv", "COND-WORN-OUT-SHOES-01");
    String cell = "kbase/conditions/thresholds.drl.csv E" + row;

    Mutant flipped = mutant("COND-WORN-OUT-SHOES-01", "at least 640 km → more than 640 km");
    assertThat(flipped.kind()).isEqualTo(Kind.BOUNDARY);
    assertThat(flipped.where()).isEqualTo(cell);
    assertThat(flipped.probe()).contains(new Probe("shoe-distance-km", 640));

    assertThat(mutant("COND-WORN-OUT-SHOES-01", "640 km → 704 km").probe())
        .contains(new Probe("shoe-distance-km", 672));
    assertThat(mutant("COND-WORN-OUT-SHOES-01", "640 km → 576 km").probe())
        .contains(new Probe("shoe-distance-km", 608));
  }

  @Test
  void aWholeNumberThresholdInDrlMovesByOneAtItsLineAndColumn() {
    int line = ShippedKbase.lineOf("conditions/training-load.drl", "number >= 5");
    int column =
        ShippedKbase.lines("conditions/training-load.drl").get(line - 1).indexOf("number >= 5") + 1;

    Mutant flipped =
        mutant("COND-FREQUENT-RUNNING-01", "at least 5 runs a week → more than 5 runs a week");
    assertThat(flipped.where())
        .isEqualTo("kbase/conditions/training-load.drl:" + line + ":" + column);
    assertThat(mutant("COND-FREQUENT-RUNNING-01", "5 runs a week → 4 runs a week").probe())
        .contains(new Probe("runs-per-week", 4));
    // "more than 5" is "at least 6" already: no separate move up
    assertThat(mutants)
        .noneMatch(
            m ->
                m.rule().id().equals("COND-FREQUENT-RUNNING-01")
                    && m.change().equals("5 runs a week → 6 runs a week"));
  }

  @Test
  void aFlippedBoundaryDecidesTheThresholdItselfTheOtherWay() {
    KnowledgeBase mutated =
        mutant("COND-WORN-OUT-SHOES-01", "at least 640 km → more than 640 km").build();
    Answers at640 = TestAnswers.of("{\"shoe-distance-km\": 640}");
    ConclusionRef wornOut = new ConclusionRef(Conclusion.Kind.CONDITION, "worn-out-shoes");

    assertThat(Consultation.run(shipped.knowledgeBase(), at640).contains(wornOut)).isTrue();
    assertThat(Consultation.run(mutated, at640).contains(wornOut)).isFalse();
  }

  @Test
  void aNotLeftOutMakesTheRuleNeedWhatItExcluded() {
    Mutant withoutNot =
        mutants.stream()
            .filter(
                m ->
                    m.kind() == Kind.NOT
                        && m.rule().id().equals("CAUSE-IRON-DEFICIENCY-04")
                        && m.change().contains("not Cause( id == \"beginner\" )"))
            .findFirst()
            .orElseThrow();
    // a beginner who is tired overall: the beginner cause explains the fatigue
    Answers tiredBeginner =
        TestAnswers.of("{\"months-running\": 3, \"symptoms\": [\"chronic-fatigue\"]}");
    ConclusionRef iron = new ConclusionRef(Conclusion.Kind.CAUSE, "iron-deficiency");

    assertThat(Consultation.run(shipped.knowledgeBase(), tiredBeginner).contains(iron)).isFalse();
    assertThat(Consultation.run(withoutNot.build(), tiredBeginner).contains(iron)).isTrue();
  }

  @Test
  void aWeightIsMovedUpAndDownInTheRulesTheReportReads() {
    Mutant up = mutant("CAUSE-WRONG-SHOES-01", "weight 3 → 4");
    mutant("CAUSE-WRONG-SHOES-01", "weight 3 → 2");

    Optional<Integer> weight =
        up.build().rules().all().stream()
            .filter(r -> r.id().equals("CAUSE-WRONG-SHOES-01"))
            .findFirst()
            .flatMap(r -> r.weight());
    assertThat(weight).contains(4);
    assertThat(mutants).noneMatch(m -> m.change().equals("weight 1 → 0"));
  }

  @Test
  void everyKindOfChangeIsMade() {
    // that each compiles is shown by test --mutate on the shipped kbase (MutationCommandTest)
    assertThat(mutants).extracting(Mutant::kind).contains(Kind.values());
  }

  @Test
  void comparisonsJoinedByAndAreMutatedEach() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    ShippedKbase.edit(
        kbase.resolve("conditions/strength.drl"),
        "Answer( question == \"lower-body-sets\", number > 5 )",
        "Answer( question == \"lower-body-sets\", number > 5 && number <= 60 )");

    KbaseMutants.Mutations mutations = KbaseMutants.of(KnowledgeBaseLoader.checked(kbase));

    assertThat(mutations.mutants())
        .filteredOn(m -> m.rule().id().equals("COND-HIGH-LOWER-BODY-VOLUME-01"))
        .extracting(Mutant::change)
        .contains(
            "more than 5 sets → at least 5 sets",
            "5 sets → 6 sets",
            "at most 60 sets → less than 60 sets");
    assertThat(mutations.notChecked()).isEmpty();
  }

  @Test
  void aComparisonWithNoWrittenNumberIsListedAsNotChecked() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    ShippedKbase.edit(
        kbase.resolve("conditions/strength.drl"),
        "Answer( question == \"lower-body-sets\", number > 5 )",
        "Answer( question == \"lower-body-sets\", $sets : number > 5 )\n"
            + "    Answer( question == \"strength-sessions-per-week\", number < $sets )");

    KbaseMutants.Mutations mutations = KbaseMutants.of(KnowledgeBaseLoader.checked(kbase));

    assertThat(mutations.notChecked())
        .singleElement()
        .asString()
        .contains("conditions/strength.drl:")
        .endsWith(": number < $sets");
  }

  @Test
  void anXlsxTableIsMutatedAtItsCellsAsTheCsvOneIs() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path xlsx = XlsxTable.replaceThresholdsCsv(kbase);
    int row = ShippedKbase.lineOf("conditions/thresholds.drl.csv", "COND-WORN-OUT-SHOES-01");

    List<Mutant> ofXlsx = KbaseMutants.of(KnowledgeBaseLoader.checked(kbase)).mutants();

    assertThat(ofXlsx)
        .anySatisfy(
            m -> {
              assertThat(m.change()).isEqualTo("at least 640 km → more than 640 km");
              assertThat(m.where()).endsWith(xlsx.getFileName() + " E" + row);
            });
  }
}
