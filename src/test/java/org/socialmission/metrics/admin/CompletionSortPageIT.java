package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/** The staff completion table sorts by every column, both ways, and stays on the page. */
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
        .findElements(By.cssSelector("#completion\\:table_data tr td:first-child a"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
