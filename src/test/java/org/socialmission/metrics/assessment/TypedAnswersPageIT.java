package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Numbers as people type them in their browser's language, and a checklist's "None of these" apart
 * from nothing ticked: what the wizard shows and what is stored.
 */
@ExtendWith(ArquillianExtension.class)
class TypedAnswersPageIT {

  private static final String PARTICIPANTS = "pipeline.pathway-participants";
  private static final String SHARE = "mission.equity-research-share";
  private static final String TARGETS = "mission.plan-targets";

  @ArquillianResource private URL base;

  @Test
  void thousandsSeparatorsAreUnderstoodAndWhatReadsTwoWaysIsRefused() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    try (Browser ana =
        Browser.signedIn(
            new Browser(base, "en-US"), school.member().email(), school.member().password())) {
      ana.open("assessment/wizard.xhtml?step=pipeline");
      runsPathwayPrograms(ana);
      type(ana, PARTICIPANTS, "1,200");
      assertTrue(status(ana, PARTICIPANTS).contains("Saved at"), status(ana, PARTICIPANTS));
      assertEquals(Optional.of("1200"), stored(api, school, PARTICIPANTS));

      type(ana, PARTICIPANTS, "12,5");
      assertEquals(
          "\u201c12,5\u201d can be read more than one way: write thousands as 1,200 and decimals"
              + " as 12.5.",
          status(ana, PARTICIPANTS));
      type(ana, PARTICIPANTS, "12.7 students");
      assertTrue(
          status(ana, PARTICIPANTS).startsWith("Type the number alone"), status(ana, PARTICIPANTS));
      type(ana, PARTICIPANTS, "1e3");
      assertTrue(
          status(ana, PARTICIPANTS).startsWith("Type the number alone"), status(ana, PARTICIPANTS));
      ana.screenshot("wizard-number-refused");
      assertEquals(Optional.of("1200"), stored(api, school, PARTICIPANTS), "nothing else stored");
    }
  }

  @Test
  void aGermanBrowsersDecimalCommaIsADecimalMark() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    try (Browser ana =
        Browser.signedIn(
            new Browser(base, "de-DE"), school.member().email(), school.member().password())) {
      ana.open("assessment/wizard.xhtml?step=mission");
      type(ana, SHARE, "12,5");
      assertTrue(status(ana, SHARE).contains("Saved at"), status(ana, SHARE));
      assertEquals(Optional.of("12.5"), stored(api, school, SHARE));
    }
  }

  @Test
  void noneOfTheseIsAnAnswerAndNothingTickedIsNone() {
    var api = new Api(base);
    var school = TestSchool.create(api, "dentistry");
    try (Browser ana =
        Browser.signedIn(base, school.member().email(), school.member().password())) {
      ana.open("assessment/wizard.xhtml?step=mission");
      noneOfThese(ana).click();
      ana.waitForAjax();
      assertEquals(Optional.of("[]"), stored(api, school, TARGETS), "none of these: []");
      noneOfThese(ana).click();
      ana.waitForAjax();
      assertEquals(Optional.empty(), stored(api, school, TARGETS), "nothing ticked: no answer");
      boxes(ana).get(0).click();
      ana.waitForAjax();
      noneOfThese(ana).click();
      ana.waitForAjax();
      assertEquals(Optional.of("[]"), stored(api, school, TARGETS), "the option is unticked");
      var ticked =
          boxes(ana).stream()
              .filter(b -> b.getAttribute("class").contains("ui-state-active"))
              .toList();
      assertEquals(1, ticked.size(), "only None of these stays ticked");
    }
  }

  @Test
  void timesAreShownInTheBrowsersZoneAndNamed() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    var browser = new Browser(base);
    browser.timeZone("Asia/Tokyo");
    try (Browser ana =
        Browser.signedIn(browser, school.member().email(), school.member().password())) {
      ana.open("assessment/wizard.xhtml?step=pipeline");
      runsPathwayPrograms(ana);
      type(ana, PARTICIPANTS, "40");
      assertTrue(
          status(ana, PARTICIPANTS).matches("Saved at \\d\\d:\\d\\d JST"),
          status(ana, PARTICIPANTS));
    }
  }

  /** Answers yes to the question that shows the number of participants. */
  private static void runsPathwayPrograms(Browser browser) {
    browser
        .driver()
        .findElement(By.id("pipeline.pathway-programs"))
        .findElements(By.cssSelector(".ui-radiobutton-box"))
        .get(0)
        .click();
    browser.waitForAjax();
  }

  /** "None of these" is the last box of the checklist, after the options. */
  private static WebElement noneOfThese(Browser browser) {
    var boxes = boxes(browser);
    assertTrue(
        browser.driver().findElement(By.id(TARGETS)).getText().contains("None of these"),
        "the checklist offers None of these");
    return boxes.get(boxes.size() - 1);
  }

  private static java.util.List<WebElement> boxes(Browser browser) {
    return browser
        .driver()
        .findElement(By.id(TARGETS))
        .findElements(By.cssSelector(".ui-chkbox-box"));
  }

  private static void type(Browser browser, String questionId, String text) {
    WebElement input =
        browser
            .driver()
            .findElement(By.id(questionId))
            .findElement(By.cssSelector("input.amount-input"));
    // Select and overtype: clear() alone fires a change that re-renders the field.
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    browser.waitForAjax();
  }

  private static String status(Browser browser, String questionId) {
    return browser
        .driver()
        .findElement(By.id(questionId))
        .findElement(By.cssSelector(".save-status > span"))
        .getText();
  }

  /** The stored value as the API gives it, or empty when the question is not answered. */
  private static Optional<String> stored(Api api, TestSchool school, String questionId) {
    JsonObject assessment =
        Api.json(api.get(school.assessmentPath(Assessments.CYCLE), school.dean()));
    return assessment.getJsonArray("answers").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("question").equals(questionId))
        .map(a -> a.get("value").toString())
        .findFirst();
  }
}
