package dev.heavylegs.interview;

import static dev.heavylegs.ShippedKbase.edit;
import static dev.heavylegs.interview.QuestionSelectionTest.HOT_WEATHER_ONLY;
import static dev.heavylegs.interview.QuestionSelectionTest.interview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.questions.GivenAnswer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which choices a partial answer may not settle alone follows from the referral rules as parsed: an
 * expert who adds a red-flag choice and its rule gets it asked back, with nothing to mark.
 */
class SafetyRelevantChoicesTest {

  @TempDir Path tmp;

  private static final String BLUE_TOES_RULE =
      """

      rule "Blue toes: toes that turn blue or white and cold"
          @id("RF-BLUE-TOES-01")
          @source("a test's red flag")
      when
          Answer( question == "symptoms", value == "blue-toes" )
      then
          insertLogical( new Referral( "blue-toes", Urgency.URGENT ) );
      end
      """;

  private static final String BLUE_TOES_WORDING =
      """
        blue-toes:
          title: Toes that turn blue
          reason: Toes that turn blue or white can mean poor blood flow.
          advice: See a doctor today.
          source: "a test"
      """;

  /** A copy of the shipped kbase whose symptoms question has a new choice, blue-toes. */
  private Path withBlueToesChoice() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    edit(
        kbase.resolve("questions.yaml"),
        "      swollen-legs-or-veins: swollen ankles or legs on both sides, or aching varicose veins\n",
        "      swollen-legs-or-veins: swollen ankles or legs on both sides, or aching varicose veins\n"
            + "      blue-toes: toes that turn blue or white and cold\n");
    return kbase;
  }

  private static void append(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardOpenOption.APPEND);
  }

  @Test
  void aNewRedFlagChoiceIsAskedBackWhenTypedInPart() throws Exception {
    Path kbase = withBlueToesChoice();
    append(kbase.resolve("referrals/red-flags.drl"), BLUE_TOES_RULE);
    append(kbase.resolve("referrals/red-flags.yaml"), BLUE_TOES_WORDING);
    KnowledgeBase loaded = KnowledgeBaseLoader.load(kbase);

    Runner runner = new Runner(HOT_WEATHER_ONLY).at("symptoms", "toes", "1");
    Interview.Result result = interview(loaded, runner);

    assertThat(runner.after("> toes"))
        .contains(
            "\"toes\" could mean this choice:",
            "1) blue-toes",
            "which> 1",
            "Recorded: toes that turn blue or white and cold");
    assertThat(result.answers().get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("blue-toes")));
    assertThat(result.report().redFlags()).extracting(f -> f.id()).contains("blue-toes");
  }

  @Test
  void theSameChoiceWithoutAReferralRuleIsTakenFromItsBeginning() throws Exception {
    KnowledgeBase loaded = KnowledgeBaseLoader.load(withBlueToesChoice());

    Runner runner = new Runner(HOT_WEATHER_ONLY).at("symptoms", "toes");
    Interview.Result result = interview(loaded, runner);

    assertThat(runner.after("> toes"))
        .startsWith("> toes\n  Recorded: toes that turn blue or white and cold");
    assertThat(result.answers().get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("blue-toes")));
  }

  @Test
  void aChoiceAReferralRuleOnlyRulesOutIsNotAskedBack() throws Exception {
    Path kbase = withBlueToesChoice();
    // blue toes keep this referral away: typing them can never raise it
    append(
        kbase.resolve("referrals/red-flags.drl"),
        BLUE_TOES_RULE.replace(
            "Answer( question == \"symptoms\", value == \"blue-toes\" )",
            "Answer( question == \"symptoms\", value == \"fainting\" )\n"
                + "    not Answer( question == \"symptoms\", value == \"blue-toes\" )"));
    append(kbase.resolve("referrals/red-flags.yaml"), BLUE_TOES_WORDING);
    KnowledgeBase loaded = KnowledgeBaseLoader.load(kbase);

    Runner runner = new Runner(HOT_WEATHER_ONLY).at("symptoms", "toes");
    interview(loaded, runner);

    assertThat(runner.after("> toes"))
        .startsWith("> toes\n  Recorded: toes that turn blue or white and cold");
  }
}
