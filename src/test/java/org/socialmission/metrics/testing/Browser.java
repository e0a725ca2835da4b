package org.socialmission.metrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
    this(base, "en-US");
  }

  /**
   * A browser whose person reads the language first ({@code Accept-Language}, such as {@code de}).
   */
  public Browser(URL base, String language) {
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
            false,
            "intl.accept_languages",
            language));
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
        "--lang=" + language,
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
    return signedIn(new Browser(base), email, password);
  }

  /** The browser, signed in through the sign-in form. */
  public static Browser signedIn(Browser browser, String email, String password) {
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
    clickAndWaitForPage(find(id));
  }

  /** Clicks an element that loads a new page and waits until the old page has gone. */
  public void clickAndWaitForPage(WebElement element) {
    WebElement old = driver.findElement(By.tagName("html"));
    element.click();
    new WebDriverWait(driver, WAIT).until(d -> isGone(old));
  }

  /**
   * Whether the element has left the document. While Chromium swaps documents it may answer "Node
   * with given id does not belong to the document" instead of a stale reference: gone as well.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException | NoSuchElementException left) {
      return true;
    } catch (WebDriverException swapping) {
      String message = String.valueOf(swapping.getMessage());
      if (message.contains("does not belong to the document")) {
        return true;
      }
      throw swapping;
    }
  }

  /**
   * Chooses an option of a PrimeFaces select menu as a person does, opening it and clicking the
   * label once the panel stands still, then waits for the menu's ajax request to be answered.
   */
  public void choose(WebElement menu, String label) {
    menu.click();
    By option =
        By.cssSelector(
            "[id='" + menu.getAttribute("id") + "_panel'] li[data-label='" + label + "']");
    WebElement item = new WebDriverWait(driver, WAIT).until(d -> settled(d, option));
    item.click();
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                label.equals(menu.findElement(By.cssSelector(".ui-selectonemenu-label")).getText())
                    && Boolean.TRUE.equals(
                        script("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /** The element once it is visible and no longer moving (a panel fades in and is aligned). */
  private static WebElement settled(WebDriver driver, By by) {
    WebElement element = driver.findElement(by);
    if (!element.isDisplayed()) {
      return null;
    }
    var before = element.getRect();
    try {
      Thread.sleep(100);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return null;
    }
    return before.equals(element.getRect()) ? element : null;
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

  /**
   * Shows pages at this CSS width, as a phone ({@code 390}) or a laptop ({@code 1366}) would; the
   * height is a phone's or a laptop's too.
   */
  public void width(int pixels) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width",
                pixels,
                "height",
                pixels < 600 ? 844 : 900,
                "deviceScaleFactor",
                1,
                "mobile",
                pixels < 600));
  }

  /** Puts the browser in this time zone (an IANA id), as if the computer were there. */
  public void timeZone(String zoneId) {
    ((ChromeDriver) driver)
        .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
  }

  /** How far the page is wider than the window, in CSS pixels: 0 when nothing scrolls sideways. */
  public long horizontalOverflow() {
    return (Long)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Math.max(0, document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth);");
  }

  /**
   * What a person on this window cannot reach: the innermost visible elements that pass the
   * window's right edge without a box that scrolls them sideways (a table in an {@code overflow-x:
   * auto} box is reachable; a button cut off by a table that hides its overflow, or text that
   * widens the page, is not). Each as {@code tag#id.class right-edge}, at most eight.
   */
  @SuppressWarnings("unchecked")
  public List<String> outOfReach() {
    return (List<String>)
        script(
            "var w = document.documentElement.clientWidth, out = [];"
                + "function scrolls(e) {"
                + "  for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                + "    var s = getComputedStyle(a);"
                + "    if ((s.overflowX === 'auto' || s.overflowX === 'scroll')"
                + "        && a.scrollWidth > a.clientWidth) { return true; }"
                + "  }"
                + "  return false;"
                + "}"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width <= 1 || r.height <= 1 || r.right <= w + 1) { return; }"
                + "  if (Array.from(e.children).some(function (c) {"
                + "      return c.getBoundingClientRect().right > w + 1; })) { return; }"
                + "  if (scrolls(e) || getComputedStyle(e).visibility === 'hidden') { return; }"
                + "  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "    + (typeof e.className === 'string' && e.className"
                + "       ? '.' + e.className.split(' ')[0] : '') + ' ' + Math.round(r.right));"
                + "});"
                + "return out.slice(0, 8);");
  }

  /** Opens every {@code <details>} of the page, as a person reading all of it would. */
  public void openAllDetails() {
    script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
  }

  /** Runs a script in the page and returns its result. */
  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Saves a PNG of the whole page, not only the window, under {@code target/screenshots}. */
  @SuppressWarnings("unchecked")
  public void screenshotOfPage(String name) {
    var chrome = (ChromeDriver) driver;
    Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> shot =
        chrome.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "width",
                    ((Number) size.get("width")).doubleValue(),
                    "height",
                    Math.min(((Number) size.get("height")).doubleValue(), 8000),
                    "scale",
                    1)));
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
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
