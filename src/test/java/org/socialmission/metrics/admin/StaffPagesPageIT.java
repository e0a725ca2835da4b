package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Initiative staff in the browser: schools, accounts, dashboard, completion, imports, benchmark
 * releases. (Opening and closing cycles is {@code CyclesPageIT}'s, on an instance of its own.)
 */
@ExtendWith(ArquillianExtension.class)
class StaffPagesPageIT {

  @ArquillianResource private URL base;

  private Browser staff() {
    return signedIn("staff@smm.example.org", DemoData.STAFF_PASSWORD);
  }

  private Browser signedIn(String email, String password) {
    return Browser.signedIn(base, email, password);
  }

  @Test
  void staffEditASchoolAndTheAuditLogSaysWhatChanged() {
    var school = TestSchool.create(new Api(base), "nursing");
    try (Browser staff = staff()) {
      staff.open("schools/school.xhtml?code=" + school.code());
      var enrollment = staff.find("editSchool:enrollment_input");
      enrollment.sendKeys(Keys.chord(Keys.CONTROL, "a"), "777", Keys.TAB);
      staff.clickAndWaitForPage("editSchool:save");
      assertTrue(staff.text("editSchool:messages").contains("Saved."), staff.pageText());
      staff.open("staff/audit.xhtml?q=" + school.code());
      String events = staff.text("events");
      assertTrue(events.contains("school.update") && events.contains("enrollment 777"), events);
      assertTrue(
          Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC").matcher(events).find(),
          "when, with its zone: " + events);
    }
  }

  @Test
  void aRefusedImportListsEachProblemWithItsLineAndColumn() throws IOException {
    Path csv = Files.createTempFile("schools", ".csv");
    Files.writeString(
        csv,
        "code,name,discipline,ownership,region,enrollment\n"
            + "NUR-0001,Lakeshore,nursing,sometimes,west,10\n");
    try (Browser staff = staff()) {
      staff.open("staff/import.xhtml");
      staff.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(csv.toString());
      staff.clickAndWaitForPage("import:upload");
      assertTrue(staff.text("result").contains("Nothing was imported"), staff.pageText());
      String errors = staff.text("errors");
      assertTrue(
          errors.contains("2")
              && errors.contains("ownership")
              && errors.contains("Write one of public, private."),
          errors);
    } finally {
      Files.delete(csv);
    }
  }

  @Test
  void staffAddAnAccountWhoseOwnerChoosesTheirOwnPasswordAtTheFirstSignIn() {
    var school = TestSchool.create(new Api(base), "dentistry");
    String email = "noor@" + school.code().toLowerCase(Locale.ROOT) + ".example.edu";
    String password;
    try (Browser staff = staff()) {
      staff.open("schools/school.xhtml?code=" + school.code());
      staff.type("teamAdmin:name", "Noor Haddad");
      staff.type("teamAdmin:email", email);
      new Select(staff.find("teamAdmin:role")).selectByValue("DEAN");
      staff.clickAndWaitForPage("teamAdmin:add");
      String message = staff.text("teamAdmin:messages");
      assertTrue(message.contains("Temporary password (shown once): "), message);
      password = message.substring(message.indexOf("(shown once): ") + 14).strip();
    }
    String own = "Noor chose this herself";
    try (Browser noor = signedIn(email, password)) {
      assertEquals("account/password.xhtml", noor.currentPath(), "nowhere else first");
      assertTrue(noor.text("required").contains("chosen by someone else"), noor.pageText());
      noor.type("password:current", password);
      noor.type("password:chosen", own);
      noor.type("password:repeated", own);
      noor.clickAndWaitForPage("password:submit");
      assertTrue(noor.text("password:messages").contains("has been changed"), noor.pageText());
      noor.screenshot("password-changed");
      noor.open("home.xhtml");
      assertEquals("dean/home.xhtml", noor.currentPath());
    }
    var me = new Api(base).get("api/me", email, own);
    assertEquals(200, me.statusCode(), me.body());
    assertTrue(me.body().contains("\"DEAN\"") && me.body().contains(school.code()), me.body());
  }

  @Test
  void aDeanDeactivatesATeamMemberWhoThenCannotSignIn() {
    var api = new Api(base);
    var school = TestSchool.create(api, "dentistry");
    String fay = school.colleague().email();
    assertEquals(200, api.get("api/me", school.colleague()).statusCode());
    try (Browser dean = signedIn(school.dean().email(), school.dean().password())) {
      dean.clickAndWaitForPage("manageTeam");
      var row =
          dean.driver().findElements(By.cssSelector("[id='teamAdmin:accounts_data'] tr")).stream()
              .filter(r -> r.getText().contains(fay))
              .findFirst()
              .orElseThrow();
      dean.clickAndWaitForPage(row.findElement(By.cssSelector("button[id$=':deactivate']")));
      dean.screenshot("dean-deactivated-member");
      assertTrue(dean.pageText().contains(fay + " can no longer sign in."), dean.pageText());
      assertTrue(
          dean.driver().findElements(By.id("teamAdmin:role")).isEmpty(),
          "deans add team members only");
    }
    assertEquals(401, api.get("api/me", school.colleague()).statusCode());
  }

  @Test
  void theDashboardShowsTheSubmittedAssessmentsOfADiscipline() {
    try (Browser staff = staff()) {
      staff.clickAndWaitForPage("navDashboard");
      assertTrue(
          leadingNumber(staff.text("schoolCount")) >= 83,
          "the 83 demo medical schools at least: " + staff.text("schoolCount"));
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
      String summary = staff.text("summary");
      assertTrue(
          leadingNumber(summary.substring(summary.indexOf("Submitted: ") + 11)) >= 242, summary);
      staff.find("completion:table:name:filter").sendKeys("Lakeshore", Keys.TAB);
      new WebDriverWait(staff.driver(), Duration.ofSeconds(20))
          .until(d -> !staff.text("completion:table_data").contains("MED-0002"));
      String table = staff.text("completion:table_data");
      assertTrue(table.contains("NUR-0001") && table.contains("Not started"), table);
      staff.screenshot("staff-completion-filtered");
    }
  }

  @Test
  void staffSeeTheReleasesOfACyclePublishOneAndTurnOffTheReleaseOnClose() {
    int year = 2019; // a past year, recorded closed: its releases are published by staff alone
    var opened =
        new Api(base)
            .post(
                "api/cycles",
                TestSchool.STAFF,
                "{\"year\":" + year + ",\"deadline\":\"" + year + "-12-31\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    try (Browser staff = staff()) {
      staff.clickAndWaitForPage("navReleases");
      String list = staff.text("releases:list");
      assertTrue(list.contains("demo data") && list.contains("medicine: 83"), list);
      staff.screenshot("staff-releases");
      staff.open("staff/releases.xhtml?cycle=" + year);
      assertTrue(staff.text("releases:list").contains("No benchmark release"), staff.pageText());
      staff.find("releases:publish").click();
      staff.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
      staff.waitForAjax();
      assertTrue(
          staff.text("releases:messages").contains("Release 1 of the 2019 cycle is published"),
          staff.pageText());
      assertEquals("1", staff.driver().findElement(By.cssSelector(".release-number")).getText());
      staff.find("releases:onClose").findElement(By.cssSelector(".ui-chkbox-box")).click();
      staff.find("releases:savePolicy").click();
      staff.waitForAjax();
      assertTrue(
          staff.text("releases:messages").contains("will not publish a release"), staff.pageText());
      staff.screenshot("staff-releases-own-cycle");
    }
    var policy = new Api(base).get("api/cycles/" + year + "/releases/policy", TestSchool.STAFF);
    assertTrue(policy.body().contains("\"publishOnClose\":false"), policy.body());
  }

  private static int leadingNumber(String text) {
    return Integer.parseInt(text.strip().split("\\D", 2)[0]);
  }
}
