package org.socialmission.metrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, one per test. Binary and driver paths are explicit
 * (no Selenium Manager, which would try the network); a fresh profile each time.
 */
public final class Browser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final WebDriver driver;
  private final URL base;
  private final Path profile;

  public Browser(URL base) {
    this.base = base;
    try {
      this.profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads().toString(),
            "download.prompt_for_download",
            false));
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                    .toFile())
            .withEnvironment(
                Map.of("XDG_CONFIG_HOME", profile.toString(), "XDG_CACHE_HOME", profile.toString()))
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    try {
      Files.createDirectories(downloads());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Headless Chromium ignores the download preference; DevTools allows downloads into the folder.
    chrome.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads().toString()));
    this.driver = chrome;
  }

  /** A browser signed in through the sign-in form. */
  public static Browser signedIn(URL base, String email, String password) {
    var browser = new Browser(base);
    browser.open("login.xhtml");
    browser.type("signIn:email", email);
    browser.type("signIn:password", password);
    browser.clickAndWaitForPage("signIn:submit");
    return browser;
  }

  /** Where downloads land. */
  public Path downloads() {
    return profile.resolve("downloads");
  }

  /** Waits for a finished download whose name ends with the suffix. */
  public Path awaitDownload(String suffix) {
    return new WebDriverWait(driver, WAIT)
        .until(
            d -> {
              try (var files = Files.list(downloads())) {
                return files
                    .filter(
                        f -> f.getFileName().toString().endsWith(suffix) && f.toFile().length() > 0)
                    .findFirst()
                    .orElse(null);
              } catch (IOException notYet) {
                return null;
              }
            });
  }

  /** Opens a path relative to the app's base URL. */
  public void open(String path) {
    driver.get(base.toString() + path);
  }

  public WebElement find(String id) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public String text(String id) {
    return find(id).getText();
  }

  public void type(String id, String text) {
    WebElement field = find(id);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks a button that submits its form and loads a new page. */
  public void clickAndWaitForPage(String id) {
    WebElement old = driver.findElement(By.tagName("html"));
    find(id).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(old));
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(base.toString().length());
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The driver, for tests that walk a page structure. */
  public WebDriver driver() {
    return driver;
  }

  /** Waits until PrimeFaces has no ajax request in flight. */
  public void waitForAjax() {
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
  }

  /**
   * Lays pages out as a screen this many CSS pixels wide (a phone at 390, a laptop at 1366), as the
   * device toolbar of Chromium does; until the next call.
   */
  public void viewport(int width) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /** Saves a PNG of the whole page, not only what fits the window, under target/screenshots. */
  public void screenshotFullPage(String name) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Object png =
        ((ChromeDriver) driver)
            .executeCdpCommand(
                "Page.captureScreenshot", Map.of("captureBeyondViewport", true, "format", "png"))
            .get("data");
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a PNG under {@code target/screenshots} for a person to look at. */
  public void screenshot(String name) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
