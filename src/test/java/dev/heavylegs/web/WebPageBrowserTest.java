package dev.heavylegs.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.web.ConsultationPage.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web page in a real browser (headless Debian Chromium) against the real server: whole
 * consultations with and without a red flag, changing an answer, what-if and "why this question?",
 * in a phone-sized window. One server and one browser for the class keep it to a few seconds.
 */
class WebPageBrowserTest {

  /** The runner of examples/hot-summer-runner.json: hot weather, no red flag. */
  static final Map<String, Object> HOT_SUMMER = new LinkedHashMap<>();

  /** The runner of examples/new-runner-with-calf-swelling.json: a possible blood clot. */
  static final Map<String, Object> CALF_SWELLING = new LinkedHashMap<>();

  static {
    HOT_SUMMER.put("months-running", 30);
    HOT_SUMMER.put("usual-effort", "moderate");
    HOT_SUMMER.put("runs-per-week", 4);
    HOT_SUMMER.put("rest-days-per-week", 3);
    HOT_SUMMER.put("rest-hours-between-runs", 36);
    HOT_SUMMER.put("symptoms", List.of("thirst", "muscle-cramps"));
    HOT_SUMMER.put("temperature-c", 31);
    HOT_SUMMER.put("run-duration-min", 75);
    HOT_SUMMER.put("fluids-during-runs", false);
    HOT_SUMMER.put("replaces-electrolytes", false);
    HOT_SUMMER.put("daily-fluid-litres", 2.5);
    HOT_SUMMER.put("shoe-distance-km", 300);
    HOT_SUMMER.put("toe-room-cm", 1.5);
    HOT_SUMMER.put("shoes-feel-tight", false);
    HOT_SUMMER.put("heavy-legs-weeks", 3);

    CALF_SWELLING.put("months-running", 2);
    CALF_SWELLING.put("usual-effort", "hard");
    CALF_SWELLING.put("runs-per-week", 5);
    CALF_SWELLING.put("rest-hours-between-runs", 22);
    CALF_SWELLING.put("symptoms", List.of("one-sided-calf-swelling"));
    CALF_SWELLING.put("shoe-distance-km", 100);
    CALF_SWELLING.put("toe-room-cm", 0.8);
  }

  private static WebServer server;
  private static ChromeDriver driver;
  private ConsultationPage page;

  @BeforeAll
  static void startServerAndBrowser() {
    server = WebServer.start();
    driver = Browser.start(360, 800); // a phone-sized window
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  @BeforeEach
  void freshConsultation() {
    page = new ConsultationPage(driver).open(server.baseUrl());
  }

  @Test
  void aWholeConsultationWithoutARedFlagEndsInTheReportSummaryFirst() {
    assertThat(page.answerFrom(HOT_SUMMER)).isEqualTo(Step.REPORT);

    assertThat(page.reportSections()).first().isEqualTo("summary");
    assertThat(page.find("#summary").getText()).contains("Most likely: hot weather.");
    assertThat(page.findAll(".red-flag")).isEmpty();
    WebElement cause = page.find("#causes li[data-cause='hot-weather']");
    assertThat(cause.getText()).contains("Hot weather", "31 °C");

    // The derivation is folded until the runner opens it, then reaches down to the answers.
    WebElement derivation = cause.findElement(org.openqa.selenium.By.cssSelector("details"));
    WebElement answer =
        derivation.findElement(
            org.openqa.selenium.By.cssSelector(".answer-premise[data-question='temperature-c']"));
    assertThat(answer.isDisplayed()).isFalse();
    derivation.findElement(org.openqa.selenium.By.tagName("summary")).click();
    assertThat(derivation.getAttribute("open")).isNotNull();
    assertThat(answer.isDisplayed()).isTrue();
    assertThat(answer.getText()).contains("31 °C");

    // Everything the page loaded (its files, every API call) came from its own server.
    Object elsewhere =
        driver.executeScript(
            "return performance.getEntries().map(e => e.name)"
                + ".filter(n => /^https?:/.test(n) && !n.startsWith(location.origin))");
    assertThat((List<?>) elsewhere).as("requests to other hosts").isEmpty();
  }

  @Test
  void aRedFlagHasItsOwnScreenAndStoppingThereShowsItFirstAndLast() {
    assertThat(page.answerFrom(CALF_SWELLING)).isEqualTo(Step.RED_FLAG);

    WebElement screen = page.find("#red-flag-screen");
    assertThat(screen.getText())
        .contains("Possible blood clot in the leg", "Do not massage the calf");
    // Stop is the default: it has the focus, so Enter alone stops, as in the terminal.
    assertThat(page.activeElementId()).isEqualTo("stop");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    page.waitForNextStep();

    assertThat(page.step()).isEqualTo(Step.REPORT);
    List<String> sections = page.reportSections();
    assertThat(sections).first().isEqualTo("red-flags");
    assertThat(sections).last().isEqualTo("red-flag-reminder");
    assertThat(page.find("#red-flags").getText()).contains("Possible blood clot in the leg");
    assertThat(page.find("#red-flag-reminder").getText())
        .contains("Possible blood clot in the leg");
  }

  @Test
  void goingOnPastARedFlagAsksMoreAndTheReportStillStartsAndEndsWithIt() {
    assertThat(page.answerFrom(CALF_SWELLING)).isEqualTo(Step.RED_FLAG);
    page.press("go-on");
    // The questions go on, and the red flag does not stop them again.
    assertThat(page.step()).isEqualTo(Step.QUESTION);
    for (int asked = 0; asked < 3; asked++) {
      assertThat(page.step()).isEqualTo(Step.QUESTION);
      if (CALF_SWELLING.containsKey(page.questionId())) {
        page.answer(CALF_SWELLING.get(page.questionId()));
      } else {
        page.notSure();
      }
    }
    // "See the report now" ends the questions early, as quit does in the terminal.
    page.press("finish");
    assertThat(page.step()).isEqualTo(Step.REPORT);
    assertThat(page.reportSections()).first().isEqualTo("red-flags");
    assertThat(page.reportSections()).last().isEqualTo("red-flag-reminder");
    assertThat(page.findAll("#answer-list li")).hasSize(4);
  }

  @Test
  void anEarlierAnswerCanBeChangedAndTheReportFollows() {
    page.openAnswered(server.baseUrl(), HOT_SUMMER);
    assertThat(page.find("#summary").getText()).contains("Most likely: hot weather.");
    assertThat(page.givenAnswer("temperature-c")).isEqualTo("31 °C");

    page.change("temperature-c");
    assertThat(page.questionId()).isEqualTo("temperature-c");
    assertThat(page.find("#q-number").getAttribute("value")).isEqualTo("31");
    page.answer(12);

    assertThat(page.step()).isEqualTo(Step.REPORT);
    assertThat(page.givenAnswer("temperature-c")).isEqualTo("12 °C");
    assertThat(page.find("#summary").getText()).doesNotContain("hot weather");
    assertThat(page.findAll("#causes li[data-cause='hot-weather']")).isEmpty();
  }

  @Test
  void anAnswerCanBeChangedInTheMiddleOfTheQuestionsInAnotherUnit() {
    for (int asked = 0; !page.questionId().equals("months-running"); asked++) {
      assertThat(asked).as("months-running is asked early").isLessThan(5);
      if (HOT_SUMMER.containsKey(page.questionId())) {
        page.answer(HOT_SUMMER.get(page.questionId()));
      } else {
        page.notSure();
      }
    }
    // The catalogue takes months-running in weeks and years too: the page offers them.
    assertThat(new Select(page.find("#q-unit")).getOptions())
        .extracting(WebElement::getText)
        .containsExactly("months", "weeks", "years");
    page.answer("3 weeks");
    assertThat(page.step()).isEqualTo(Step.QUESTION);
    assertThat(page.givenAnswer("months-running")).isEqualTo("3 weeks");
    String next = page.questionId();

    page.change("months-running");
    assertThat(page.find("#q-number").getAttribute("value")).isEqualTo("3");
    assertThat(new Select(page.find("#q-unit")).getFirstSelectedOption().getText())
        .isEqualTo("weeks");
    page.answer("30 months");

    // Back to the questions, not to the report, with the changed answer in the list.
    assertThat(page.step()).isEqualTo(Step.QUESTION);
    assertThat(page.questionId()).isNotEqualTo("months-running");
    assertThat(page.givenAnswer("months-running")).isEqualTo("30 months");
    assertThat(next).isNotBlank();
  }

  @Test
  void theReportsHeadingsAreTheKbasesWords() {
    page.openAnswered(server.baseUrl(), HOT_SUMMER);
    Map<String, String> headings = dev.heavylegs.ShippedKbase.get().reportWording().headings();
    assertThat(page.find("#summary h2").getText()).isEqualToIgnoringCase(headings.get("summary"));
    assertThat(page.find("#causes h2").getText()).isEqualToIgnoringCase(headings.get("causes"));
    assertThat(page.find("#note h2").getText()).isEqualToIgnoringCase(headings.get("note"));
  }

  @Test
  void whatIfShowsWhatWouldChangeAndKeepsTheAnswers() {
    page.openAnswered(server.baseUrl(), HOT_SUMMER);
    String reportBefore = page.find("#report").getText();

    new Select(page.find("#what-if-question")).selectByValue("temperature-c");
    WebElement value = page.find("#what-if-number");
    value.clear();
    value.sendKeys("12");
    page.find("#what-if-run").click();

    WebElement outcome =
        page.waiting().until(d -> d.findElement(org.openqa.selenium.By.id("what-if-outcome")));
    assertThat(outcome.getText()).contains("Would go away", "Hot weather");
    assertThat(page.find("#report").getText()).isEqualTo(reportBefore);
    assertThat(page.givenAnswer("temperature-c")).isEqualTo("31 °C");
  }

  @Test
  void thePrintedReportHasNoButtonsOrForms() {
    page.openAnswered(server.baseUrl(), CALF_SWELLING, "possible-dvt");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(page.find("#report").isDisplayed()).isTrue();
      assertThat(page.find("#red-flags").isDisplayed()).isTrue();
      assertThat(page.findAll("button")).noneMatch(WebElement::isDisplayed);
      assertThat(page.find("#what-if").isDisplayed()).isFalse();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void whyThisQuestionTellsWhyItIsAskedNow() {
    WebElement why = page.find("#why-text");
    assertThat(why.isDisplayed()).isFalse();
    page.find("#why-link").click();
    assertThat(why.isDisplayed()).isTrue();
    // One plain sentence; the terminal's text, with the rules, is folded under it.
    assertThat(page.find("#why-text > p").getText()).isNotBlank().doesNotContain("\n");
    WebElement detail = page.find("#why-text details");
    assertThat(detail.getAttribute("open")).isNull();
    detail.findElement(org.openqa.selenium.By.tagName("summary")).click();
    assertThat(detail.getText()).contains("rule ");
    assertThat(page.find("#why-link").getAttribute("aria-expanded")).isEqualTo("true");
  }

  @Test
  void aQuestionCanBeAnsweredWithTheKeyboardAloneAndThePageFitsAPhone() {
    // The new question's heading has the focus; Tab goes to the answer, then on to Next.
    assertThat(page.activeElementId()).isEqualTo("question-heading");
    String first = page.questionId();
    WebElement focused = tabUntil("input");
    switch (focused.getAttribute("type")) {
      case "radio" -> focused.sendKeys(Keys.SPACE);
      case "number" -> focused.sendKeys(String.valueOf(HOT_SUMMER.get(first)));
      default -> {} // checkboxes: none ticked is an answer too
    }
    WebElement next = tabUntil("#next");
    next.sendKeys(Keys.ENTER);
    page.waitForNextStep();
    assertThat(page.step()).isEqualTo(Step.QUESTION);
    assertThat(page.questionId()).isNotEqualTo(first);
    assertThat(page.givenAnswer(first)).isNotBlank();

    Object tooWide =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " > document.documentElement.clientWidth");
    assertThat(tooWide).as("the page is wider than a 360 px phone").isEqualTo(false);
  }

  /**
   * Presses Tab until the focused element matches {@code css} (at most 60 times), and returns it.
   */
  private static WebElement tabUntil(String css) {
    for (int i = 0; i < 60; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      Object focused =
          driver.executeScript(
              "return document.activeElement.matches(arguments[0]) ? document.activeElement : null",
              css);
      if (focused != null) return (WebElement) focused;
    }
    throw new AssertionError("Tab never reached " + css);
  }
}
