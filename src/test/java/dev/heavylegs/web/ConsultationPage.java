package dev.heavylegs.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page as a runner uses it: answers questions, stops or goes on at a red flag, reads the
 * report. Every action waits for the page's next step, so tests read what a person would see.
 */
final class ConsultationPage {

  /** What the page shows once the questions pause. */
  enum Step {
    QUESTION,
    RED_FLAG,
    REPORT
  }

  private final WebDriver driver;
  private final WebDriverWait wait;

  ConsultationPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.pollingEvery(Duration.ofMillis(20)); // the default half second would add up to minutes
  }

  /**
   * Opens the page in a new tab, which starts with an empty sessionStorage: a fresh consultation,
   * whatever the tests before left in theirs.
   */
  ConsultationPage open(String baseUrl) {
    String previous = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    String fresh = driver.getWindowHandle();
    driver.switchTo().window(previous).close();
    driver.switchTo().window(fresh);
    driver.get(baseUrl);
    waitForNextStep();
    return this;
  }

  /**
   * Opens the page in a new tab as a runner who answered {@code answers} (in this order) and chose
   * to see the report, having seen {@code redFlagsSeen}: the page resumes them from its
   * sessionStorage, as after a reload.
   */
  ConsultationPage openAnswered(
      String baseUrl, Map<String, Object> answers, String... redFlagsSeen) {
    open(baseUrl);
    Map<String, Object> saved = new LinkedHashMap<>();
    saved.put("interviewId", "browser-test");
    saved.put("answers", answers);
    saved.put("unknown", List.of());
    saved.put("acknowledged", List.of(redFlagsSeen));
    saved.put("asked", Map.of());
    saved.put("order", List.copyOf(answers.keySet()));
    saved.put("stopped", true);
    ((JavascriptExecutor) driver)
        .executeScript(
            "sessionStorage.setItem('heavylegs.consultation', arguments[0])",
            new Json().toJson(saved));
    driver.navigate().refresh();
    waitForNextStep();
    if (step != Step.REPORT) throw new AssertionError("the page resumed without its report");
    return this;
  }

  Step step() {
    return step;
  }

  /** The id of the question on screen. */
  String questionId() {
    return questionId;
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Answers every question the page asks from {@code profile} (question id to the value of an
   * answers file), "not sure" to any other, until a red-flag screen or the report.
   */
  Step answerFrom(Map<String, Object> profile) {
    while (step == Step.QUESTION) {
      if (profile.containsKey(questionId)) {
        answer(profile.get(questionId));
      } else {
        notSure();
      }
    }
    return step;
  }

  /** Fills in the question on screen with {@code value} and presses Next. */
  void answer(Object value) {
    fill(value);
    press("next");
  }

  /** Fills in the question on screen, as a runner would with the mouse. */
  void fill(Object value) {
    if (value instanceof List<?> values) {
      for (WebElement box : findAll("#question-form input[type=checkbox]:checked")) box.click();
      for (Object v : values) find("#question-form input[value='" + v + "']").click();
    } else if (answerKind.equals("radio")) {
      find("#question-form input[value='" + value + "']").click();
    } else {
      String[] numberAndUnit = String.valueOf(value).split(" ", 2);
      WebElement input = find("#q-number");
      input.clear();
      input.sendKeys(numberAndUnit[0]);
      if (numberAndUnit.length > 1) {
        new org.openqa.selenium.support.ui.Select(find("#q-unit")).selectByValue(numberAndUnit[1]);
      }
    }
  }

  void notSure() {
    press("not-sure");
  }

  /** Clicks the button with this id and waits for the page's next step. */
  void press(String buttonId) {
    driver.findElement(By.id(buttonId)).click();
    waitForNextStep();
  }

  private Step step;
  private String questionId;
  private String answerKind;

  /**
   * Finds a step on screen not seen before (a question form, the red-flag screen or the report),
   * marks it seen, and says what it is; or the page's problem line. One script per look keeps a
   * whole consultation to a few seconds.
   */
  private static final String NEW_STEP =
      "const s = document.querySelector('#step > :is(#question-form, #red-flag-screen, #report)"
          + ":not([data-seen])');"
          + "const p = document.getElementById('problem');"
          + "if (s) { s.dataset.seen = 'yes';"
          + "  const input = s.querySelector('input');"
          + "  return [s.id, s.dataset.question || '', input ? input.type : '']; }"
          + "return p.hidden ? null : ['problem', p.textContent, ''];";

  /** Waits until the page shows its next step; fails with the page's problem line if any. */
  void waitForNextStep() {
    List<?> seen;
    try {
      seen = wait.until(d -> (List<?>) ((JavascriptExecutor) d).executeScript(NEW_STEP));
    } catch (TimeoutException e) {
      throw new AssertionError("the page did not move on from: " + find("#step").getText(), e);
    }
    if (seen.get(0).equals("problem")) throw new AssertionError("page says: " + seen.get(1));
    step =
        switch ((String) seen.get(0)) {
          case "report" -> Step.REPORT;
          case "red-flag-screen" -> Step.RED_FLAG;
          default -> Step.QUESTION;
        };
    questionId = (String) seen.get(1);
    answerKind = (String) seen.get(2);
  }

  /** The ids of the report's sections, in the order shown. */
  List<String> reportSections() {
    return findAll("#report > section").stream().map(s -> s.getAttribute("id")).toList();
  }

  /** Opens the answer list's "change" for {@code questionId}. */
  void change(String questionId) {
    find("#answer-list li[data-question='" + questionId + "'] button.change").click();
    waitForNextStep();
  }

  /** The answer shown in the list of answers given for {@code questionId}. */
  String givenAnswer(String questionId) {
    return find("#answer-list li[data-question='" + questionId + "'] .given").getText();
  }

  String activeElementId() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  WebDriverWait waiting() {
    return wait;
  }
}
