package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The staff completion table sorts by every column, both ways, and stays on the page; a school's
 * code links to its results only once there are results to see.
 */
@ExtendWith(ArquillianExtension.class)
class CompletionSortPageIT {

  @ArquillianResource private URL base;

  @Test
  void everyColumnSortsAscendingAndDescending() {
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("staff/completion.xhtml");
      int columns = headers(staff).size();
      assertTrue(columns >= 14, "code, name, discipline, state, 8 modalities, total, last");
      for (int column = 0; column < columns; column++) {
        for (String direction : List.of("ascending", "descending")) {
          sortBy(staff, headers(staff).get(column));
          staff.waitForAjax();
          assertEquals("staff/completion.xhtml", staff.currentPath(), "stays on the page");
          assertEquals(
              direction,
              headers(staff).get(column).getAttribute("aria-sort"),
              "column " + column + " " + staff.pageText());
        }
      }
      sortBy(staff, headers(staff).get(0));
      staff.waitForAjax();
      List<String> codes = codes(staff);
      List<String> sorted = new ArrayList<>(codes);
      sorted.sort(null);
      assertEquals(sorted, codes, "codes in order after sorting by code");
      staff.screenshot("completion-sorted");
    }
  }

  @Test
  void atLaptopWidthEveryHeaderIsReadableAndSchoolNamesDoNotWrapByTheLetter() {
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.width(1366);
      staff.open("staff/completion.xhtml");
      for (WebElement header : headers(staff)) {
        WebElement shown = header.findElement(By.cssSelector(".ui-column-title"));
        String title = shown.getText().strip();
        assertFalse(title.isEmpty(), "a header without a title: " + header.getAttribute("id"));
        assertTrue(
            shown.getRect().getWidth() > 5,
            title + " is only there for screen readers, not shown: " + header.getAttribute("id"));
        assertTrue(
            header.getRect().getWidth() >= 40,
            title + " is " + header.getRect().getWidth() + " px wide");
      }
      WebElement name =
          staff.driver().findElement(By.cssSelector("#completion\\:table_data tr td:nth-child(2)"));
      assertTrue(name.getRect().getWidth() >= 150, "name column " + name.getRect().getWidth());
      staff.screenshot("completion-1366");
    }
  }

  @Test
  void aSchoolCodeLinksToItsResultsOnlyOnceTheSchoolHasStarted() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    String path = school.assessmentPath(Assessments.CYCLE);
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      assertNull(resultsLink(staff, school), "no assessment yet: the code is plain text");

      assertEquals(200, api.get(path, school.member()).statusCode(), "opened, nothing answered");
      assertNull(resultsLink(staff, school), "opened without an answer: still plain text");

      Assessments.save(api, school, "mission.equity-statement", true);
      assertShowsResults(resultsLink(staff, school), school, "in progress");
      staff.screenshot("completion-links");

      Submissions.submitEverything(api, school, Assessments.CYCLE, 0);
      assertShowsResults(resultsLink(staff, school), school, "submitted");
    }
  }

  /**
   * Filters the table of the current cycle to the school, as staff would look it up, and returns
   * where its code links; null when the code is shown but links nowhere.
   */
  private static String resultsLink(Browser staff, TestSchool school) {
    staff.open("staff/completion.xhtml?cycle=" + Assessments.CYCLE);
    staff.find("completion:table:code:filter").sendKeys(school.code(), Keys.TAB);
    By codeCell = By.cssSelector("#completion\\:table_data tr td:first-child");
    WebElement cell =
        new WebDriverWait(staff.driver(), Duration.ofSeconds(20))
            .until(
                d -> {
                  List<WebElement> cells = d.findElements(codeCell);
                  return cells.size() == 1 && cells.get(0).getText().contains(school.code())
                      ? cells.get(0)
                      : null;
                });
    List<WebElement> links = cell.findElements(By.tagName("a"));
    return links.isEmpty() ? null : links.get(0).getAttribute("href");
  }

  private void assertShowsResults(String link, TestSchool school, String state) {
    assertNotNull(link, state + ": the code links to the results");
    var session = new PageSession(base);
    assertEquals(
        302,
        session.signIn(TestSchool.STAFF.email(), TestSchool.STAFF.password()).statusCode(),
        "staff sign in");
    var results = session.get(link);
    assertEquals(200, results.statusCode(), state + " " + link + ": " + results.body());
    assertTrue(results.body().contains(school.name()), state + ": the school's results");
    assertTrue(results.body().contains("id=\"overall\""), state + ": its overall score");
  }

  private static List<WebElement> headers(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("#completion\\:table th.ui-sortable-column"));
  }

  /** Clicks a column header itself (not its filter), as a person clicks its title. */
  private static void sortBy(Browser browser, WebElement header) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", header);
  }

  private static List<String> codes(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("#completion\\:table_data tr td:first-child"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
