package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The dean of a school whose 2013 answers were imported (a past survey year) starts this cycle from
 * those answers in the wizard, sees each marked until confirmed, sees last cycle's value beside an
 * answer that changed, and finds what is still unconfirmed on the review page.
 */
@ExtendWith(ArquillianExtension.class)
class CarryForwardPageIT {

  private static final int EARLIER = 2013;

  @ArquillianResource private URL base;

  @Test
  void theDeanStartsFromLastCyclesAnswersConfirmsOneAndSeesWhatChanged() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    Submissions.importEverything(api, school, EARLIER, 1);

    try (Browser dean = Browser.signedIn(base, school.dean().email(), school.dean().password())) {
      dean.open("assessment/wizard.xhtml?step=mission");
      assertEquals("Start from the 2013 answers", dean.text("wizard:carry"));
      dean.screenshot("carry-offer-1366");
      dean.clickAndWaitForPage("wizard:carry");
      assertTrue(dean.text("wizard:messages").contains("carried from 2013"), dean.pageText());
      List<WebElement> marks = marks(dean);
      assertTrue(marks.size() > 3, "every answered question of the step: " + marks.size());
      assertEquals("From 2013 — confirm or change", marks.get(0).getText());

      dean.driver().findElements(By.cssSelector("button[id$=':confirm']")).get(0).click();
      dean.waitForAjax();
      assertEquals(marks.size() - 1, marks(dean).size(), "the confirmed answer lost its mark");

      changeStatement(api, school);
      dean.open("assessment/wizard.xhtml?step=mission");
      String before = dean.driver().findElement(By.cssSelector(".previous-answer")).getText();
      assertEquals("In 2013: Yes", before, "last cycle's value beside the changed answer");
      dean.screenshot("carry-marks-1366");
      dean.driver().manage().window().setSize(new Dimension(390, 844));
      dean.open("assessment/wizard.xhtml?step=mission");
      Number right =
          (Number)
              ((JavascriptExecutor) dean.driver())
                  .executeScript(
                      "var c = document.querySelector('.carried'); c.scrollIntoView();"
                          + " return c.getBoundingClientRect().right;");
      assertTrue(right.intValue() <= 390, "mark and button fit a phone: " + right);
      dean.screenshot("carry-marks-390");
      dean.driver().manage().window().setSize(new Dimension(1366, 900));
      dean.open("assessment/review.xhtml");
      assertTrue(dean.pageText().contains("Answers from 2013 still to confirm"), dean.pageText());
      int unconfirmed = dean.driver().findElements(By.cssSelector("#unconfirmed li")).size();
      assertTrue(unconfirmed > 20, "carried, minus one confirmed and one changed: " + unconfirmed);
      dean.screenshot("carry-review-1366");
    }
  }

  private static List<WebElement> marks(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".carried-mark"));
  }

  /** The dean answers the mission statement question differently from 2013 (Yes then). */
  private static void changeStatement(Api api, TestSchool school) {
    var read = api.get(school.assessmentPath(Assessments.CYCLE), school.dean());
    var saved =
        api.put(
            school.assessmentPath(Assessments.CYCLE) + "/answers",
            school.dean(),
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("question", "mission.equity-statement")
                        .add("value", false))
                .build()
                .toString(),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
  }
}
