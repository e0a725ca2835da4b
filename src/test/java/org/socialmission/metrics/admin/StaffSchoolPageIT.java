package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The school page as staff see it: each person once, the scores one click away once there are some,
 * clear refusals.
 */
@ExtendWith(ArquillianExtension.class)
class StaffSchoolPageIT {

  @ArquillianResource private URL base;

  @Test
  void eachPersonIsListedOnceAndTheScoresAreLinkedOnceThereAreSome() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    String path = school.assessmentPath(Assessments.CYCLE);
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("schools/school.xhtml?code=" + school.code());
      String page = staff.pageText();
      assertEquals(1, count(page, school.member().email()), page);
      assertNoScoresLink(staff, "no assessment yet");

      assertEquals(200, api.get(path, school.member()).statusCode(), "opened, nothing answered");
      staff.open("schools/school.xhtml?code=" + school.code());
      assertNoScoresLink(staff, "opened without an answer");

      Assessments.save(api, school, "mission.equity-statement", true);
      staff.open("schools/school.xhtml?code=" + school.code());
      staff.clickAndWaitForPage("schoolScores");
      assertEquals("Scores", staff.text("pageTitle"));
      assertTrue(staff.pageText().contains(school.name()), staff.pageText());
    }
  }

  @Test
  void addingAnAccountWithEmptyFieldsSaysWhatEachFieldNeedsOnce() {
    var school = TestSchool.create(new Api(base), "medicine");
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("schools/school.xhtml?code=" + school.code());
      staff.clickAndWaitForPage("teamAdmin:add");
      String page = staff.pageText();
      assertEquals(1, count(page, "Enter a valid email address"), page);
      assertEquals(1, count(page, "Enter the person's name."), page);
    }
  }

  /** The page says there are no scores yet, instead of a link to a page that has none. */
  private static void assertNoScoresLink(Browser staff, String state) {
    assertTrue(
        staff.driver().findElements(By.id("schoolScores")).isEmpty(), state + ": no scores link");
    assertEquals(
        "No scores yet: the school has not started its assessment of " + Assessments.CYCLE + ".",
        staff.text("noScores"),
        state);
  }

  private static int count(String text, String part) {
    return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }
}
