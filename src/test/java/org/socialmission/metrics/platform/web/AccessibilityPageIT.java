package org.socialmission.metrics.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.socialmission.metrics.admin.DemoData;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Axe;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Every page of every role, as a laptop (1366 px) and a phone (390 px) show it: axe-core finds no
 * WCAG 2.1 A/AA violation, and on the phone, with every {@code <details>} opened, no page is wider
 * than the screen and nothing is cut off at its right edge (wide tables collapse or scroll inside
 * themselves). Each page is saved as a screenshot at both widths ({@code
 * target/screenshots/a11y-*}) for a person to look at.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityPageIT {

  private static final int[] WIDTHS = {1366, 390};

  @ArquillianResource private URL base;

  /** The innermost elements that reach past the window's right edge, for the failure message. */
  private static final String WIDEST =
      "var w = document.documentElement.clientWidth, out = [];"
          + "document.querySelectorAll('body *').forEach(function (e) {"
          + "  var r = e.getBoundingClientRect();"
          + "  if (r.right > w + 1 && !Array.from(e.children).some(function (c) {"
          + "      return c.getBoundingClientRect().right > w + 1; })) {"
          + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "      + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));"
          + "  }"
          + "});"
          + "return out.slice(0, 4).join(', ');";

  /** An answer as schools paste them: a link or formula with no place to break a line. */
  private static final String LONG_WORD =
      "=HYPERLINK(\"https://example.org/our-social-mission-statement-2026-final-approved\")";

  private final List<String> problems = new ArrayList<>();

  @Test
  void pagesForEveryone() {
    try (Browser anyone = new Browser(base)) {
      check(anyone, "start", "");
      check(anyone, "sign-in", "login.xhtml");
      check(anyone, "questionnaires", "questionnaires/index.xhtml");
      check(anyone, "preview", "questionnaires/preview.xhtml?id=medicine&version=1");
      check(anyone, "not-found", "no-such-page.xhtml");
    }
    assertNone();
  }

  @Test
  void pagesOfATeamMember() {
    var school = TestSchool.create(new Api(base), "medicine");
    try (Browser member = signedIn(school.member())) {
      check(member, "team-home", "home.xhtml");
      for (String step : Modality.IDS) {
        check(member, "wizard-" + step, "assessment/wizard.xhtml?step=" + step);
      }
      member.width(390);
      member.open("assessment/wizard.xhtml?step=mission");
      member.driver().findElements(By.cssSelector(".history-link")).get(0).click();
      member.waitForAjax();
      checkHere(member, "wizard-history-390");
      check(member, "review", "assessment/review.xhtml");
      check(member, "scores-member", "assessment/results.xhtml");
      check(member, "owners", "assessment/owners.xhtml");
      check(member, "school", "schools/school.xhtml?code=" + school.code());
      check(member, "password", "account/password.xhtml");
      check(member, "access-denied", "staff/home.xhtml");
    }
    assertNone();
  }

  @Test
  void pagesOfADean() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    Submissions.submitEverything(api, school, Assessments.CYCLE, 1);
    try (Browser dean = signedIn(school.dean())) {
      check(dean, "dean-home", "home.xhtml");
      check(dean, "review-submitted", "assessment/review.xhtml");
      check(dean, "scores-dean", "assessment/results.xhtml");
    }
    try (Browser dean = Browser.signedIn(base, "dean@nur.example.edu", DemoData.DEAN_PASSWORD)) {
      check(dean, "scores-benchmark", "assessment/results.xhtml");
    }
    assertNone();
  }

  @Test
  void pagesOfStaff() {
    var api = new Api(base);
    var school = TestSchool.create(api, "dentistry");
    Assessments.answerEverything(api, school);
    Assessments.save(api, school, "mission.evidence", LONG_WORD);
    try (Browser staff = signedIn(TestSchool.STAFF)) {
      check(staff, "staff-home", "staff/home.xhtml");
      check(staff, "completion", "staff/completion.xhtml");
      check(staff, "dashboard", "staff/dashboard.xhtml");
      check(staff, "cycles", "staff/cycles.xhtml");
      check(staff, "releases", "staff/releases.xhtml");
      check(staff, "import", "staff/import.xhtml");
      check(staff, "audit", "staff/audit.xhtml");
      check(staff, "staff-school", "schools/school.xhtml?code=" + school.code());
      check(staff, "staff-preview", "questionnaires/preview.xhtml?id=nursing&version=1");
      check(staff, "scores-staff", "assessment/results.xhtml?school=" + school.code());
      check(staff, "outbox", "staff/outbox.xhtml?to=@" + school.code().substring(4) + ".test.");
    }
    assertNone();
  }

  private Browser signedIn(TestSchool.Person person) {
    return Browser.signedIn(base, person.email(), person.password());
  }

  /** Opens the page at both widths, noting each axe violation and any sideways scrolling. */
  private void check(Browser browser, String name, String path) {
    for (int width : WIDTHS) {
      browser.width(width);
      browser.open(path);
      checkHere(browser, name + "-" + width);
      if (width < 600) {
        browser.openAllDetails();
        if (browser.horizontalOverflow() > 0) {
          problems.add(name + ": " + browser.horizontalOverflow() + " px wider than the phone");
        }
        browser.outOfReach().forEach(e -> problems.add(name + ": cut off or out of reach: " + e));
      }
    }
  }

  private void checkHere(Browser browser, String name) {
    browser.screenshotOfPage("a11y-" + name);
    Axe.violations(browser).forEach(v -> problems.add(name + ": " + v));
  }

  private void assertNone() {
    assertEquals(List.of(), problems, String.join("\n", problems));
  }
}
