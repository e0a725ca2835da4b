package org.socialmission.metrics.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Small things people notice: a favicon, the sign-in refusal's wording, dialogs naming the year,
 * one cycle open at a time.
 */
@ExtendWith(ArquillianExtension.class)
class EverydayPageIT {

  @ArquillianResource private URL base;

  @Test
  void pagesHaveAFavicon() throws Exception {
    try (Browser anyone = new Browser(base)) {
      anyone.open("login.xhtml");
      String href =
          anyone.driver().findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
      var icon =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, icon.statusCode());
      assertTrue(icon.body().contains("<svg"), icon.body());
    }
  }

  @Test
  void aFailedSignInTellsTheWaitsTheReadmeTells() {
    try (Browser anyone = new Browser(base)) {
      anyone.open("login.xhtml");
      anyone.type("signIn:email", "nobody@example.org");
      anyone.type("signIn:password", "not the password at all");
      anyone.clickAndWaitForPage("signIn:submit");
      String page = anyone.pageText();
      assertTrue(page.contains("2 s, then 4 s, 8 s"), page);
      assertTrue(!page.contains("wait a minute"), page);
    }
  }

  @Test
  void theCloseDialogNamesTheYear() {
    int year = Assessments.CYCLE;
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("staff/cycles.xhtml");
      row(staff, year).findElement(By.cssSelector("button[id$=close]")).click();
      var dialog = staff.driver().findElement(By.cssSelector(".ui-confirm-dialog"));
      staff.waitForAjax();
      assertTrue(dialog.getText().contains("Close the " + year + " cycle?"), dialog.getText());
      staff.driver().findElement(By.cssSelector(".ui-confirmdialog-no")).click();
      staff.waitForAjax();
      assertTrue(row(staff, year).getText().contains("Open"), "not closed on No");
    }
  }

  /**
   * While the demo's cycle is open, staff can record a past year (closed, for importing its
   * answers) but can neither open another cycle nor reopen a closed one; the page says which cycle
   * is open, and nothing changes. (Reopening for a reason, with no other cycle open, is {@code
   * CyclesPageIT}'s, on an instance where closing cycles harms no other test.)
   */
  @Test
  void anotherCycleIsNeitherOpenedNorReopenedWhileOneIsOpen() {
    int open = Assessments.CYCLE;
    int past = 2010;
    String refusal = "The " + open + " cycle is open: close it before opening the ";
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("staff/cycles.xhtml");
      staff.type("cycles:year_input", Integer.toString(past));
      staff.type("cycles:deadline_input", past + "-12-31");
      staff.find("cycles:open").click();
      staff.waitForAjax();
      assertTrue(
          staff.text("cycles:messages").contains("The 2010 cycle is recorded as closed"),
          "a past year, beside the open one: " + staff.pageText());
      assertTrue(row(staff, past).getText().contains("Closed"), row(staff, past).getText());

      staff.open("staff/cycles.xhtml");
      staff.type("cycles:year_input", "2012");
      staff.type("cycles:deadline_input", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString());
      staff.find("cycles:open").click();
      staff.waitForAjax();
      assertTrue(staff.text("cycles:messages").contains(refusal + "2012 cycle."), staff.pageText());
      assertTrue(
          staff
              .driver()
              .findElement(By.cssSelector("fieldset .ui-message-error"))
              .getText()
              .contains(refusal + "2012 cycle."),
          "also beside the year, where staff are: " + staff.pageText());
      assertTrue(
          staff.driver().findElements(By.cssSelector("[id='cycles:list_data'] tr")).stream()
              .noneMatch(r -> r.getText().startsWith("2012")),
          "no 2012 cycle");
      staff.screenshot("cycles-refused-1366");
      staff.driver().manage().window().setSize(new Dimension(390, 844));
      staff.screenshot("cycles-refused-390");
      staff.driver().manage().window().setSize(new Dimension(1366, 900));

      staff.open("staff/cycles.xhtml");
      row(staff, past).findElement(By.cssSelector("button[id$=reopen]")).click();
      staff.waitForAjax();
      staff.type("cycles:reason", "A late correction of a school.");
      staff.find("cycles:confirmReopen").click();
      staff.waitForAjax();
      assertTrue(
          staff
              .text("cycles:reopenDialog")
              .contains(
                  "The " + open + " cycle is open: close it before reopening the 2010 cycle."),
          "the dialog stays open, saying why: " + staff.text("cycles:reopenDialog"));
      assertTrue(row(staff, past).getText().contains("Closed"), row(staff, past).getText());
      staff.screenshot("cycles-reopen-refused-1366");
    }
  }

  private static org.openqa.selenium.WebElement row(Browser browser, int year) {
    return browser.driver().findElements(By.cssSelector("[id='cycles:list_data'] tr")).stream()
        .filter(r -> r.getText().startsWith(String.valueOf(year)))
        .findFirst()
        .orElseThrow();
  }
}
