package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.admin.DemoData;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/** Signing in and out in a real browser, as each demo role. */
@ExtendWith(ArquillianExtension.class)
class SignInPageIT {

  @ArquillianResource private URL base;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private void signIn(String email, String password) {
    browser.open("");
    browser.clickAndWaitForPage("signIn");
    browser.type("signIn:email", email);
    browser.type("signIn:password", password);
    browser.clickAndWaitForPage("signIn:submit");
  }

  @Test
  void eachRoleSignsInAndSeesItsHomePage() {
    record Expected(String email, String password, String path, String title, String role) {}
    Stream.of(
            new Expected(
                "ana@med.example.edu",
                DemoData.TEAM_PASSWORD,
                "team/home.xhtml",
                "Your school's team",
                "Team member"),
            new Expected(
                "dean@nur.example.edu",
                DemoData.DEAN_PASSWORD,
                "dean/home.xhtml",
                "Dean's overview",
                "Dean"),
            new Expected(
                "staff@smm.example.org",
                DemoData.STAFF_PASSWORD,
                "staff/home.xhtml",
                "Initiative overview",
                "Initiative staff"))
        .forEach(
            expected -> {
              signIn(expected.email(), expected.password());
              assertEquals(expected.path(), browser.currentPath());
              assertEquals(expected.title(), browser.text("pageTitle"));
              assertEquals(expected.role(), browser.text("signedInRole"));
              browser.screenshot("home-" + expected.role().replace(' ', '-').toLowerCase());
              browser.clickAndWaitForPage("signOut:submit");
              assertTrue(browser.pageText().contains("You have signed out."));
            });
  }

  @Test
  void aDeanSeesTheirSchoolAndTeam() {
    signIn("dean@den.example.edu", DemoData.DEAN_PASSWORD);
    String page = browser.pageText();
    assertTrue(page.contains("High Plains School of Dentistry"), page);
    assertTrue(page.contains("Eli Brennan") && page.contains("Fay Adeyemi"), page);
    assertTrue(!page.contains("Riverbend"), "no other school on the page");
  }

  @Test
  void staffFilterTheSchoolList() {
    signIn("staff@smm.example.org", DemoData.STAFF_PASSWORD);
    String firstPage = browser.text("schools:list");
    assertTrue(
        firstPage.contains("DEN-0001") && firstPage.matches("(?s).*of \\d{3,}.*"),
        "hundreds of schools, in code order: " + firstPage);
    browser.type("schools:text", "lakeshore");
    browser.find("schools:apply").click();
    browser.waitForAjax();
    String list = browser.text("schools:list");
    assertTrue(list.contains("NUR-0001"), list);
    assertTrue(!list.contains("DEN-0001") && list.contains("of 1"), list);
    browser.screenshot("staff-schools-filtered");
  }

  @Test
  void aWrongPasswordKeepsTheEmailAndExplains() {
    var school = TestSchool.create(new Api(base), "medicine");
    signIn(school.member().email(), "not-the-password");
    assertEquals("login.xhtml", browser.currentPath().replaceAll("\\?.*", ""));
    assertTrue(browser.text("signIn:messages").contains("do not match an active account"));
    assertEquals(school.member().email(), browser.find("signIn:email").getAttribute("value"));
    browser.screenshot("sign-in-failed");
  }
}
