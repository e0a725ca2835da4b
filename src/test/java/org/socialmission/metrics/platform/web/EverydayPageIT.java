package org.socialmission.metrics.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Small things people notice: a favicon, the sign-in refusal's wording, dialogs naming the year.
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
    int year = 2007;
    new Api(base)
        .post(
            "api/cycles", TestSchool.STAFF, "{\"year\":" + year + ",\"deadline\":\"2007-12-31\"}");
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("staff/cycles.xhtml");
      var row =
          staff.driver().findElements(By.cssSelector("[id='cycles:list_data'] tr")).stream()
              .filter(r -> r.getText().startsWith(String.valueOf(year)))
              .findFirst()
              .orElseThrow();
      row.findElement(By.cssSelector("button[id$=close]")).click();
      var dialog = staff.driver().findElement(By.cssSelector(".ui-confirm-dialog"));
      staff.waitForAjax();
      assertTrue(dialog.getText().contains("Close the 2007 cycle?"), dialog.getText());
      staff.driver().findElement(By.cssSelector(".ui-confirmdialog-no")).click();
    }
  }

  @Test
  void aClosedCycleIsReopenedForAReasonThatTheAuditLogKeeps() {
    int year = 2006;
    var api = new Api(base);
    api.post("api/cycles", TestSchool.STAFF, "{\"year\":" + year + ",\"deadline\":\"2006-12-31\"}");
    api.post("api/cycles/" + year + "/close", TestSchool.STAFF, "");
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("staff/cycles.xhtml");
      row(staff, year).findElement(By.cssSelector("button[id$=reopen]")).click();
      staff.waitForAjax();
      assertEquals("Reopen the 2006 cycle", staff.text("cycles:reopenDialog_title"));
      staff.type("cycles:reason", "A late correction of a school.");
      staff.find("cycles:confirmReopen").click();
      staff.waitForAjax();
      assertTrue(staff.text("cycles:messages").contains("The 2006 cycle is open again."));
      assertTrue(row(staff, year).getText().contains("Open"), row(staff, year).getText());
      staff.open("staff/audit.xhtml?q=cycle%202006");
      assertTrue(
          staff.text("events").contains("A late correction of a school."), staff.text("events"));
    }
  }

  private static org.openqa.selenium.WebElement row(Browser browser, int year) {
    return browser.driver().findElements(By.cssSelector("[id='cycles:list_data'] tr")).stream()
        .filter(r -> r.getText().startsWith(String.valueOf(year)))
        .findFirst()
        .orElseThrow();
  }
}
