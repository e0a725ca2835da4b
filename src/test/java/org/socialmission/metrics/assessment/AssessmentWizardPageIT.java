package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/**
 * A school team in the browser: answering every step, a colleague's concurrent edit, submission.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentWizardPageIT {

  @ArquillianResource private URL base;

  private Browser signedIn(TestSchool.Person person) {
    return Browser.signedIn(base, person.email(), person.password());
  }

  @Test
  void aTeamMemberAnswersEveryStepAndTheDeanSubmitsWithThePredictedScore() {
    Questionnaire medicine =
        QuestionnaireCatalog.load(Path.of("questionnaires"))
            .current(Discipline.MEDICINE)
            .orElseThrow();
    var school = TestSchool.create(new Api(base), "medicine");
    Map<String, Answer> given = new HashMap<>();
    try (Browser ana = signedIn(school.member())) {
      ana.clickAndWaitForPage("openWizard");
      for (int step = 1; step <= 8; step++) {
        assertTrue(ana.text("pageTitle").startsWith(step + ". "), ana.text("pageTitle"));
        answerEveryQuestion(ana, medicine, given);
        if (step == 2) {
          ana.screenshot("wizard-step-2-answered");
        }
        ana.clickAndWaitForPage("wizard:next");
      }
      assertEquals("Review and submit", ana.text("pageTitle"));
      assertTrue(ana.pageText().contains("Every required question is answered."), ana.pageText());
      assertTrue(ana.pageText().contains("Only the dean submits"));
    }
    try (Browser dean = signedIn(school.dean())) {
      dean.clickAndWaitForPage("openReview");
      dean.clickAndWaitForPage("review:submit");
      assertEquals("Scores", dean.text("pageTitle"));
      String predicted =
          QuestionnaireScorer.score(medicine, given).overall().orElseThrow().toDisplay();
      assertEquals(predicted, dean.text("overall"));
      dean.screenshot("results-after-submit");
    }
    try (Browser ana = signedIn(school.member())) {
      ana.open("assessment/wizard.xhtml?step=mission");
      assertTrue(ana.pageText().contains("This assessment is submitted and locked."));
      assertFalse(
          ana
              .driver()
              .findElements(By.cssSelector(".wizard-question input:not([disabled])"))
              .stream()
              .anyMatch(WebElement::isDisplayed),
          "inputs of a submitted assessment are disabled");
    }
  }

  @Test
  void aColleaguesConcurrentEditIsShownWithBothValuesAndTheChoiceIsKept() {
    var school = TestSchool.create(new Api(base), "nursing");
    String question = "mission.leader-accountable";
    try (Browser carla = signedIn(school.member());
        Browser dev = signedIn(school.colleague())) {
      carla.open("assessment/wizard.xhtml?step=mission");
      chooseOption(carla, question, 1);
      dev.open("assessment/wizard.xhtml?step=mission");
      chooseOption(dev, question, 2);
      chooseOption(carla, question, 0);
      WebElement conflict =
          carla.driver().findElement(By.cssSelector("[id='" + question + "'] .conflict"));
      String text = conflict.getText();
      assertTrue(text.contains(school.colleague().name() + " saved at"), text);
      assertTrue(text.contains("reports on targets"), "their value: " + text);
      assertTrue(text.contains("No named person or office"), "my value: " + text);
      carla.screenshot("wizard-conflict");
      conflict.findElement(By.xpath(".//button[contains(@id,'useMine')]")).click();
      carla.waitForAjax();
      var li = carla.driver().findElement(By.id(question));
      assertTrue(li.getText().contains("Saved at"), li.getText());
      li.findElement(By.cssSelector(".history-link")).click();
      carla.waitForAjax();
      String history = carla.text("wizard:historyTable");
      assertTrue(
          history.contains(school.member().name()) && history.contains(school.colleague().name()),
          history);
      assertEquals(
          3,
          carla.driver().findElements(By.cssSelector("[id='wizard:historyTable'] tbody tr")).size(),
          history);
    }
  }

  @Test
  void anotherSchoolsScoresAreRefused() {
    var school = TestSchool.create(new Api(base), "medicine");
    try (Browser ana = signedIn(school.member())) {
      ana.open("assessment/results.xhtml?school=DEN-0001");
      assertEquals("Access denied", ana.text("errorTitle"));
    }
  }

  private static void chooseOption(Browser browser, String questionId, int index) {
    WebElement li = browser.driver().findElement(By.id(questionId));
    li.findElements(By.cssSelector(".ui-radiobutton-box")).get(index).click();
    browser.waitForAjax();
  }

  /** Answers the visible questions of the step, re-reading the page as conditional ones appear. */
  private static void answerEveryQuestion(
      Browser browser, Questionnaire questionnaire, Map<String, Answer> given) {
    boolean answeredOne = true;
    while (answeredOne) {
      answeredOne = false;
      List<String> ids =
          browser.driver().findElements(By.cssSelector("li.wizard-question")).stream()
              .map(e -> e.getAttribute("id"))
              .toList();
      for (String id : ids) {
        if (!given.containsKey(id)) {
          given.put(id, answer(browser, questionnaire.question(id).orElseThrow()));
          answeredOne = true;
          break;
        }
      }
    }
  }

  private static Answer answer(Browser browser, Question question) {
    WebElement li = browser.driver().findElement(By.id(question.id()));
    Answer answer;
    switch (question.type()) {
      case YESNO, SINGLE -> {
        li.findElements(By.cssSelector(".ui-radiobutton-box")).get(0).click();
        answer =
            question.type().code().equals("yesno")
                ? Answer.yes()
                : Answer.choice(((ChoiceRule) question.rule()).options().get(0).id());
      }
      case MULTIPLE -> {
        li.findElements(By.cssSelector(".ui-chkbox-box")).get(0).click();
        answer = Answer.choices(((ChoiceRule) question.rule()).options().get(0).id());
      }
      case NUMBER, PERCENTAGE -> {
        li.findElement(By.cssSelector("input.amount-input")).sendKeys("1", Keys.TAB);
        answer = Answer.amount("1");
      }
      default -> {
        li.findElement(By.tagName("textarea"))
            .sendKeys("Our community board minutes, 2025.", Keys.TAB);
        answer = Answer.text("Our community board minutes, 2025.");
      }
    }
    browser.waitForAjax();
    assertTrue(
        browser.driver().findElement(By.id(question.id())).getText().contains("Saved at"),
        "saved: " + question.id());
    return answer;
  }
}
