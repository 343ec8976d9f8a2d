package dev.heavylegs.web;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven by Debian's chromedriver, both given by path so that Selenium's
 * driver downloader never runs. A machine without them fails the test saying what to install,
 * rather than skipping it: .ci/run installs them.
 */
final class Browser {

  static final String CHROMIUM = System.getProperty("heavylegs.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("heavylegs.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  /** A new headless browser with a window of {@code width} x {@code height} CSS pixels. */
  static ChromeDriver start(int width, int height) {
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromium-driver");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=" + width + "," + height);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }

  private static void requireExecutable(String path, String debianPackage) {
    if (!new File(path).canExecute()) {
      throw new IllegalStateException(
          "the browser tests need "
              + path
              + ": install it with `apt-get install -y chromium chromium-driver` (.ci/run does;"
              + " the missing package is "
              + debianPackage
              + ")");
    }
  }
}
