package dev.heavylegs.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.serve.HttpService;
import dev.heavylegs.serve.LiveKnowledgeBase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A kbase edited during a consultation, as `heavylegs serve --watch` swaps it in: the page says the
 * rules changed at the next turn. Its own server, on a copy of the kbase, and its own browser.
 */
class KbaseChangedBrowserTest {

  @TempDir Path tmp;

  @Test
  void thePageSaysSoWhenTheRulesChangeBetweenTwoQuestions() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    ChromeDriver driver = null;
    try (LiveKnowledgeBase live =
            LiveKnowledgeBase.start(
                kbase, dir -> ShippedKbase.get(), KnowledgeBaseLoader::load, true, line -> {});
        HttpService service = HttpService.start(live, HttpService.Options.on("127.0.0.1", 0))) {
      driver = Browser.start(360, 800);
      String url = service.url().endsWith("/") ? service.url() : service.url() + "/";
      ConsultationPage page = new ConsultationPage(driver).open(url);
      page.notSure();
      assertThat(page.find("#kbase-changed").isDisplayed()).isFalse();

      String before = live.current().orElseThrow().contentHash();
      ShippedKbase.retune(kbase, "temperature-c", "25", "30");
      awaitReload(live, before);
      page.notSure();

      assertThat(page.find("#kbase-changed").isDisplayed()).isTrue();
    } finally {
      if (driver != null) driver.quit();
    }
  }

  private static void awaitReload(LiveKnowledgeBase live, String before)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (live.current().orElseThrow().contentHash().equals(before)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the edited kbase was not swapped in within 120 s");
      }
      Thread.sleep(100);
    }
  }
}
