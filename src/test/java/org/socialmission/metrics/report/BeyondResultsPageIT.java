package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.RealisticFill;
import org.socialmission.metrics.testing.TestSchool;

/**
 * A dean after a realistic fill sees what-if, next steps, the crosswalk and data quality on the
 * results page, laid out for a laptop (1366 px) and a phone (390 px); a team member marks an
 * answer's data quality and evidence in the wizard; staff see who leans on estimates.
 */
@ExtendWith(ArquillianExtension.class)
class BeyondResultsPageIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();

  @ArquillianResource private URL base;

  private TestSchool filled(Api api) {
    TestSchool school = TestSchool.create(api, "medicine");
    var read = api.get(school.assessmentPath(CYCLE), school.dean());
    var saved =
        api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            RealisticFill.batch(RealisticFill.medicine()).toString(),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
    Assessments.saveEstimate(api, school, "debt.cost-published", true);
    return school;
  }

  @Test
  void theDeanSeesWhatIfNextStepsFrameworksAndDataQualityOnALaptopAndAPhone() {
    var api = new Api(base);
    TestSchool school = filled(api);
    try (Browser member =
        Browser.signedIn(base, school.member().email(), school.member().password())) {
      member.open("assessment/wizard.xhtml?step=debt");
      WebElement debt = member.find("debt.median-debt");
      new Select(debt.findElement(By.tagName("select"))).selectByValue("estimate");
      member.waitForAjax();
      WebElement evidence = member.find("debt.median-debt").findElement(By.tagName("textarea"));
      evidence.sendKeys("Financial aid office, fall survey", Keys.TAB);
      member.waitForAjax();
      assertTrue(member.find("debt.median-debt").getText().contains("Saved at"));
      assertEquals(
          "Data quality",
          member
              .find("debt.median-debt")
              .findElement(By.cssSelector(".provenance label"))
              .getText());
      member.screenshot("wizard-data-quality");
    }
    try (Browser dean = Browser.signedIn(base, school.dean().email(), school.dean().password())) {
      for (int width : List.of(1366, 390)) {
        dean.viewport(width);
        dean.open("assessment/results.xhtml");
        String title = dean.text("whatIfTitle");
        assertTrue(
            title.matches("What would move .+ to the (top|second|third) quartile\\?"), title);
        assertFalse(
            dean.driver().findElements(By.cssSelector("#whatIfOptions .what-if-option")).isEmpty(),
            "the default measure is one that one or two answers can move");
        assertFalse(dean.driver().findElements(By.cssSelector("#nextSteps .step-card")).isEmpty());
        assertFalse(
            dean.driver()
                .findElements(By.cssSelector("#nextSteps a.resource[href^='https://']"))
                .isEmpty());
        assertEquals(
            4, dean.driver().findElements(By.cssSelector("#framework-thenet tbody tr")).size());
        assertEquals(
            4, dean.driver().findElements(By.cssSelector("#framework-aspire tbody tr")).size());
        String now = dean.text("whatIfNow");
        assertTrue(
            now.matches("(?s)Now: [0-9]+\\.[0-9] · (second|third|fourth) quartile\\..*"), now);
        String result = dean.driver().findElement(By.cssSelector(".option-result")).getText();
        assertTrue(result.matches("New score [0-9]+\\.[0-9] · .+"), result);
        String estimate = dean.text("estimate-debt");
        assertTrue(estimate.matches("[1-9][0-9]* %"), "debt points on estimates: " + estimate);
        for (String cell : List.of("estimate-debt", "phase-debt")) {
          long right =
              (Long)
                  ((JavascriptExecutor) dean.driver())
                      .executeScript(
                          "var e = document.querySelector(arguments[0]);"
                              + " return Math.ceil(e.getBoundingClientRect().right) -"
                              + " document.documentElement.clientWidth;",
                          cell.startsWith("phase") ? "td." + cell + " .phase" : "#" + cell);
          assertTrue(right <= 0, cell + " seen without scrolling the table at " + width + " px");
        }
        long overflow =
            (Long)
                ((JavascriptExecutor) dean.driver())
                    .executeScript(
                        "return document.documentElement.scrollWidth -"
                            + " document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling at " + width + " px: " + overflow);
        dean.screenshotFullPage("results-beyond-" + width);
      }
      dean.viewport(1366);
      dean.open("assessment/results.xhtml");
      new Select(dean.find("whatIfForm:measure")).selectByValue("overall");
      dean.clickAndWaitForPage("whatIfForm:show");
      assertTrue(dean.text("whatIfTitle").contains("Overall score"), dean.text("whatIfTitle"));
      assertTrue(dean.currentPath().contains("measure=overall"), dean.currentPath());
    }
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("staff/dashboard.xhtml?discipline=medicine");
      assertTrue(
          staff.text("estimatesTable").contains(school.code()),
          "the school leaning on an estimate is listed");
      staff.screenshot("dashboard-estimates");
    }
  }
}
