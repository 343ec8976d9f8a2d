package dev.heavylegs.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Screenshots of the web page, taken by hand (not a test): a question, a red-flag screen and a
 * report with one explanation open. docs/web-page.png is the report's. Run with the test class
 * path: {@code PageScreenshots <base url> <folder> [width]}.
 */
public final class PageScreenshots {

  private PageScreenshots() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    Path folder = Files.createDirectories(Path.of(args[1]));
    int width = args.length > 2 ? Integer.parseInt(args[2]) : 720;
    ChromeDriver driver = Browser.start(width, 1400);
    try {
      ConsultationPage page = new ConsultationPage(driver).open(baseUrl);
      save(driver, folder.resolve("question.png"));
      page.answerFrom(WebPageBrowserTest.CALF_SWELLING);
      save(driver, folder.resolve("red-flag.png"));
      page.openAnswered(baseUrl, WebPageBrowserTest.CALF_SWELLING, "possible-dvt");
      page.find("#causes li[data-cause='beginner'] details summary").click();
      driver.executeScript("window.scrollTo(0, 0)");
      driver.findElement(By.tagName("body")).click();
      save(driver, folder.resolve("report.png"));
      page.openAnswered(baseUrl, WebPageBrowserTest.HOT_SUMMER);
      new Select(page.find("#what-if-question")).selectByValue("temperature-c");
      page.find("#what-if-number").clear();
      page.find("#what-if-number").sendKeys("12");
      page.find("#what-if-run").click();
      page.waiting().until(d -> d.findElement(By.id("what-if-outcome")));
      driver.executeScript("document.getElementById('answers').scrollIntoView()");
      save(driver, folder.resolve("what-if.png"));
    } finally {
      driver.quit();
    }
  }

  private static void save(ChromeDriver driver, Path file) throws Exception {
    Files.copy(
        driver.getScreenshotAs(OutputType.FILE).toPath(),
        file,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
