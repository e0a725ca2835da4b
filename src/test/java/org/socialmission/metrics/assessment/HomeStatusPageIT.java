package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * What team members and deans see of their assessment's status: the home pages, the review after a
 * reopen, the wizard before any answer, the history dialog.
 */
@ExtendWith(ArquillianExtension.class)
class HomeStatusPageIT {

  @ArquillianResource private URL base;

  private Browser signedIn(TestSchool.Person person) {
    return Browser.signedIn(base, person.email(), person.password());
  }

  @Test
  void theHomePageShowsProgressOwnersAndContinuesWhereTheMemberLeftOff() {
    var school = TestSchool.create(new Api(base), "medicine");
    try (Browser ana = signedIn(school.member())) {
      ana.open("assessment/wizard.xhtml");
      assertEquals(
          "Nothing answered yet: each answer is saved as soon as you give it.",
          ana.text("savedAt"),
          "a new assessment has nothing saved");
      ana.open("assessment/wizard.xhtml?step=admissions");
      ana.driver()
          .findElements(By.cssSelector("li.wizard-question .ui-radiobutton-box"))
          .get(0)
          .click();
      ana.waitForAjax();
      ana.open("home.xhtml");
      assertEquals("In progress", ana.text("statusState"));
      assertTrue(ana.text("overallLabel").startsWith("Required questions answered: 1 of "));
      assertEquals(
          8,
          ana.driver().findElements(By.cssSelector("#modalityStatus tbody tr")).size(),
          "a row per modality");
      assertTrue(ana.text("modalityStatus").contains("No owner yet"), ana.text("modalityStatus"));
      assertEquals("Continue where you left off: Student admissions", ana.text("continueWizard"));
      ana.clickAndWaitForPage("continueWizard");
      assertTrue(ana.text("pageTitle").startsWith("3. "), ana.text("pageTitle"));
      ana.screenshot("team-home-status");
    }
  }

  @Test
  void afterAReopenTheReviewGivesOneVerdict() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    Submissions.submitEverything(api, school, Assessments.CYCLE, 1);
    Submissions.reopen(api, school, Assessments.CYCLE);
    try (Browser dean = signedIn(school.dean())) {
      dean.open("assessment/review.xhtml");
      String page = dean.pageText();
      assertTrue(page.contains("Every required question is answered."), page);
      assertFalse(page.contains("Required questions still unanswered"), page);
      dean.open("home.xhtml");
      assertEquals("In progress", dean.text("statusState"));
      assertTrue(dean.text("overallPercent").equals("100%"), dean.text("overallPercent"));
    }
  }

  @Test
  void theHistoryDialogNamesItsQuestionAndEscapeClosesIt() {
    var school = TestSchool.create(new Api(base), "dentistry");
    try (Browser ana = signedIn(school.member())) {
      ana.open("assessment/wizard.xhtml?step=mission");
      var question = ana.driver().findElements(By.cssSelector("li.wizard-question")).get(0);
      String text = question.findElement(By.cssSelector(".question-text")).getText();
      question.findElement(By.cssSelector(".history-link")).click();
      ana.waitForAjax();
      var title =
          ana.driver().findElement(By.cssSelector("[id='wizard:history'] .ui-dialog-title"));
      assertTrue(title.isDisplayed());
      assertTrue(title.getText().startsWith("History: "), title.getText());
      assertTrue(text.startsWith(title.getText().substring("History: ".length()).strip()), text);
      ana.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      ana.waitForAjax();
      assertFalse(
          ana.driver().findElement(By.id("wizard:history")).isDisplayed(), "Escape closes it");
      // The step list's buttons go to their step.
      ana.clickAndWaitForPage(
          ana.driver().findElement(By.cssSelector("button.step-link[value='debt']")));
      assertEquals("6. Debt management", ana.text("pageTitle"));
    }
  }

  @Test
  void thePreviewShowsNoChecksum() {
    try (Browser anyone = new Browser(base)) {
      anyone.open("questionnaires/preview.xhtml?id=medicine&version=1");
      assertFalse(anyone.pageText().toLowerCase().contains("checksum"), anyone.pageText());
    }
  }
}
