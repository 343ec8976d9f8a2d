package dev.heavylegs.interview;

import static dev.heavylegs.interview.QuestionSelectionTest.HOT_WEATHER_ONLY;
import static dev.heavylegs.interview.QuestionSelectionTest.interview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prompt commands as an interactive runner meets them: questions in the order the evidence
 * gives (not the catalogue's), so that a command typed at a question finds the answers and
 * conclusions that order has reached by then. Which question comes when is learned first from the
 * same runner answering without commands.
 */
class PromptCommandsInEvidenceOrderTest {

  /** The questions the hot-weather runner is asked, in the evidence order. */
  private static List<String> order;

  /** The first question at which hot weather is already concluded. */
  private static String firstWithHotWeather;

  @BeforeAll
  static void learnTheOrder() {
    Runner plain = new Runner(HOT_WEATHER_ONLY);
    interview(ShippedKbase.get(), plain);
    order = List.copyOf(plain.asked);

    Runner asking = new Runner(HOT_WEATHER_ONLY);
    ShippedKbase.get().questions().all().forEach(q -> asking.at(q.id(), "status"));
    interview(ShippedKbase.get(), asking);
    assertThat(asking.asked).as("status changes nothing").isEqualTo(order);
    Matcher status =
        Pattern.compile("\\[([a-z0-9-]+)]\\n(?:   .*\\n)*> status\\nSo far:\\n((?:  .*\\n)*)")
            .matcher(asking.transcript);
    while (firstWithHotWeather == null && status.find()) {
      if (status.group(2).contains("[hot-weather]")) {
        firstWithHotWeather = status.group(1);
      }
    }
    assertThat(firstWithHotWeather)
        .as("hot weather is concluded before the last question")
        .isNotNull();
  }

  @Test
  void theEvidenceOrderIsNotTheCataloguesOrder() {
    List<String> catalogue =
        ShippedKbase.get().questions().all().stream()
            .map(Question::id)
            .filter(order::contains)
            .toList();
    assertThat(order).as("else this class tests nothing new").isNotEqualTo(catalogue);
  }

  @Test
  void howShowsTheDerivationAsSoonAsTheEvidenceHasIt() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at(firstWithHotWeather, "how hot-weather");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> how hot-weather"))
        .contains(
            "Hot weather (cause)", "CAUSE-HOT-WEATHER-01", "you answered temperature-c = 31 °C");
    assertThat(runner.asked).as("how changes nothing").isEqualTo(order);
  }

  @Test
  void whynotAtTheSecondQuestionShowsWhatIsStillOpen() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at(order.get(1), "whynot hot-weather");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> whynot hot-weather"))
        .contains("Hot weather (cause) is not concluded", "CAUSE-HOT-WEATHER-01", "[open]");
    assertThat(runner.asked).isEqualTo(order);
  }

  @Test
  void whatifCommitsNothingAndTheOrderGoesOnAsBefore() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at(firstWithHotWeather, "whatif temperature-c=12");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> whatif temperature-c=12"))
        .contains("What if temperature-c = 12", "- cause: Hot weather (no longer concluded)");
    assertThat(result.answers().get("temperature-c")).contains(new GivenAnswer.Number(31));
    assertThat(runner.asked).isEqualTo(order);
  }

  @Test
  void changeRevisesAnEarlierAnswerAndTheQuestionItWasTypedAtComesAgain() {
    Runner runner =
        new Runner(HOT_WEATHER_ONLY).at(firstWithHotWeather, "change temperature-c", "12");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> change temperature-c"))
        .contains("Now: 31 °C", "- cause: Hot weather (no longer concluded)");
    assertThat(result.answers().get("temperature-c")).contains(new GivenAnswer.Number(12));
    assertThat(result.report().causes()).extracting(c -> c.id()).doesNotContain("hot-weather");
    int at = runner.asked.indexOf(firstWithHotWeather);
    assertThat(runner.asked.subList(0, at + 1)).isEqualTo(order.subList(0, at + 1));
    assertThat(runner.asked.get(at + 1)).isEqualTo(firstWithHotWeather);
    List<String> afterwards = runner.asked.subList(at + 1, runner.asked.size());
    assertThat(afterwards)
        .doesNotHaveDuplicates()
        .doesNotContainAnyElementsOf(order.subList(0, at));
  }

  @Test
  void backAsksThePreviousQuestionOfThisOrderAndEnterKeepsIt() {
    String previous = order.get(1);
    Question asked = ShippedKbase.get().questions().find(previous).orElseThrow();
    Runner runner = new Runner(HOT_WEATHER_ONLY).at(order.get(2), "back", "");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> back")).contains("Again: " + asked.prompt(), "Kept ");
    assertThat(runner.asked.subList(0, 4))
        .as("then the question it was at comes again")
        .containsExactly(order.get(0), order.get(1), order.get(2), order.get(2));
    assertThat(result.answers().get(previous)).isPresent();
  }

  @Test
  void unknownAtAQuestionLeavesItUnknownAndItIsNotAskedAgain() {
    String question = order.get(1);
    Runner runner = new Runner(HOT_WEATHER_ONLY).at(question, "unknown");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> unknown")).startsWith("> unknown\n  Recorded: you don't know.");
    assertThat(result.answers().unknown()).contains(question);
    assertThat(runner.asked).doesNotHaveDuplicates().contains(question);
  }
}
