package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.Deployments;

/** Initiative staff in the browser: dashboard, completion table, closing a cycle. */
@ExtendWith(ArquillianExtension.class)
class StaffPagesPageIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  private Browser staff() {
    return signedIn("staff@smm.example.org", DemoData.STAFF_PASSWORD);
  }

  private Browser signedIn(String email, String password) {
    return Browser.signedIn(base, email, password);
  }

  @Test
  void staffEditASchoolAndTheAuditLogSaysWhatChanged() {
    try (Browser staff = staff()) {
      staff.open("schools/school.xhtml?code=NUR-0002");
      var enrollment = staff.find("editSchool:enrollment_input");
      enrollment.sendKeys(Keys.chord(Keys.CONTROL, "a"), "777", Keys.TAB);
      staff.clickAndWaitForPage("editSchool:save");
      assertTrue(staff.text("editSchool:messages").contains("Saved."), staff.pageText());
      staff.open("staff/audit.xhtml?q=NUR-0002");
      String events = staff.text("events");
      assertTrue(events.contains("school.update") && events.contains("enrollment 777"), events);
    }
  }

  @Test
  void staffAddAnAccountThatSignsInWithItsTemporaryPassword() {
    String password;
    try (Browser staff = staff()) {
      staff.open("schools/school.xhtml?code=DEN-0002");
      staff.type("teamAdmin:name", "Noor Haddad");
      staff.type("teamAdmin:email", "noor@den2.example.edu");
      new Select(staff.find("teamAdmin:role")).selectByValue("DEAN");
      staff.clickAndWaitForPage("teamAdmin:add");
      String message = staff.text("teamAdmin:messages");
      assertTrue(message.contains("Temporary password (shown once): "), message);
      password = message.substring(message.indexOf("(shown once): ") + 14).strip();
    }
    var me = new Api(base).get("api/me", "noor@den2.example.edu", password);
    assertEquals(200, me.statusCode(), me.body());
    assertTrue(me.body().contains("\"DEAN\"") && me.body().contains("DEN-0002"), me.body());
  }

  @Test
  void aDeanDeactivatesATeamMemberWhoThenCannotSignIn() {
    assertEquals(
        200,
        new Api(base).get("api/me", "fay@den.example.edu", DemoData.TEAM_PASSWORD).statusCode());
    try (Browser dean = signedIn("dean@den.example.edu", DemoData.DEAN_PASSWORD)) {
      dean.clickAndWaitForPage("manageTeam");
      var row =
          dean.driver().findElements(By.cssSelector("[id='teamAdmin:accounts_data'] tr")).stream()
              .filter(r -> r.getText().contains("fay@den.example.edu"))
              .findFirst()
              .orElseThrow();
      var old = dean.driver().findElement(By.tagName("html"));
      row.findElement(By.cssSelector("button[id$=':deactivate']")).click();
      new WebDriverWait(dean.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.stalenessOf(old));
      dean.screenshot("dean-deactivated-member");
      assertTrue(
          dean.pageText().contains("fay@den.example.edu can no longer sign in."), dean.pageText());
      assertTrue(
          dean.driver().findElements(By.id("teamAdmin:role")).isEmpty(),
          "deans add team members only");
    }
    assertEquals(
        401,
        new Api(base).get("api/me", "fay@den.example.edu", DemoData.TEAM_PASSWORD).statusCode());
  }

  @Test
  void theDashboardShowsTheSubmittedAssessmentsOfADiscipline() {
    try (Browser staff = staff()) {
      staff.clickAndWaitForPage("navDashboard");
      assertTrue(
          staff.text("schoolCount").startsWith("83 submitted assessments"),
          staff.text("schoolCount"));
      assertTrue(
          staff.text("schoolCount").contains("previous cycle: 2023"), staff.text("schoolCount"));
      assertEquals(9, staff.driver().findElements(By.cssSelector("#measures tbody tr")).size());
      assertTrue(staff.driver().findElement(By.id("histogram")).isDisplayed());
      staff.screenshot("staff-dashboard");
    }
  }

  @Test
  void theCompletionTableListsEverySchoolAndFilters() {
    try (Browser staff = staff()) {
      staff.clickAndWaitForPage("navCompletion");
      assertTrue(staff.text("summary").contains("Submitted: 242"), staff.text("summary"));
      staff.find("completion:table:name:filter").sendKeys("Lakeshore", Keys.TAB);
      new WebDriverWait(staff.driver(), Duration.ofSeconds(20))
          .until(d -> !staff.text("completion:table_data").contains("MED-0002"));
      String table = staff.text("completion:table_data");
      assertTrue(table.contains("NUR-0001") && table.contains("Not started"), table);
      staff.screenshot("staff-completion-filtered");
    }
  }

  @Test
  void aClosedCycleRefusesLateSavesWithAMessage() {
    var api = new Api(base);
    String ana = "ana@med.example.edu";
    var read = api.get("api/schools/MED-0001/assessments/2026", ana, DemoData.TEAM_PASSWORD);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    try (Browser staff = staff()) {
      staff.clickAndWaitForPage("navCycles");
      staff.driver().findElement(By.cssSelector("[id$=':close']")).click();
      staff.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
      staff.waitForAjax();
      assertTrue(
          staff.text("cycles:messages").contains("is closed"), staff.text("cycles:messages"));
    }
    var late =
        api.put(
            "api/schools/MED-0001/assessments/2026/answers",
            ana,
            DemoData.TEAM_PASSWORD,
            "[{\"question\":\"mission.equity-statement\",\"value\":true}]",
            "If-Match",
            etag);
    assertEquals(409, late.statusCode(), late.body());
    assertTrue(late.body().contains("The 2026 cycle is closed"), late.body());
  }
}
