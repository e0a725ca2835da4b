package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.socialmission.metrics.admin.DemoData;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.Instance;
import org.socialmission.metrics.testing.TestMail;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Mail through a real SMTP server: an instance of {@code target/smm.jar} of its own (embedded
 * in-memory database, demo accounts without peers) delivers to GreenMail in this JVM. In Chromium:
 * staff add an account, the invitation arrives, its link leads to choosing a password and the first
 * sign-in; "forgot password" sends a link that sets a new password once and expires. And the outbox
 * holds a mail while the SMTP server is down and delivers it, once, when it is back.
 */
class MailPageIT {

  /** Reset links expire this fast here, so that a test can watch one expire. */
  private static final Duration RESET_VALIDITY = Duration.ofSeconds(25);

  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private static TestMail smtp;
  private static Instance app;
  private static URL base;

  @BeforeAll
  static void startTheApplicationWithSmtp() {
    smtp = new TestMail(Instance.freePort());
    int port = Instance.freePort();
    app =
        Instance.start(
            "mail",
            port,
            Map.of(
                "SMM_DB_URL", "jdbc:h2:mem:mail;DB_CLOSE_DELAY=-1",
                "SMM_DEMO_PEERS", "false",
                "SMM_MAIL_HOST", "127.0.0.1",
                "SMM_MAIL_PORT", Integer.toString(smtp.port()),
                "SMM_MAIL_FROM", "Social Mission Metrics <smm@test.example.org>",
                "SMM_PUBLIC_URL", "http://127.0.0.1:" + port + "/",
                "SMM_MAIL_RESET_VALIDITY", RESET_VALIDITY.toString()));
    app.awaitReady();
    base = app.url();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (smtp != null) {
      smtp.close();
    }
  }

  @Test
  void staffAddAnAccountAndItsOwnerFollowsTheInvitationToTheFirstSignIn()
      throws MessagingException {
    String email = "invited" + RANDOM.nextInt(1_000_000) + "@med.example.edu";
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), DemoData.STAFF_PASSWORD)) {
      staff.open("schools/school.xhtml?code=MED-0001");
      staff.type("teamAdmin:name", "Ines Invited");
      staff.type("teamAdmin:email", email);
      staff.clickAndWaitForPage("teamAdmin:add");
      String said = staff.text("teamAdmin:messages");
      assertTrue(said.contains("invitation") && !said.contains("Temporary"), said);
      smtp.await(email, 1, MAIL_WAIT);
      staff.open("staff/outbox.xhtml?to=" + email);
      String listed = staff.text("mails");
      assertTrue(listed.contains(email) && listed.contains("Sent"), listed);
      staff.screenshot("mail-outbox-1366");
      staff.driver().manage().window().setSize(new Dimension(390, 844));
      staff.screenshot("mail-outbox-390");
    }

    var invitation = smtp.await(email, 1, MAIL_WAIT);
    assertEquals("Your account on Social Mission Metrics", invitation.getSubject());
    assertTrue(
        invitation.getFrom()[0].toString().contains("smm@test.example.org"),
        "from the configured sender");
    String body = TestMail.body(invitation);
    assertTrue(body.contains("Ines Invited") && body.contains("Riverbend"), body);
    String link = TestMail.link(invitation);
    assertTrue(link.startsWith(base + "password/set.xhtml?token="), link);

    try (Browser owner = new Browser(base)) {
      owner.driver().get(link);
      owner.screenshot("mail-choose-password-1366");
      owner.driver().manage().window().setSize(new Dimension(390, 844));
      owner.screenshot("mail-choose-password-390");
      owner.type("choose:chosen", "my first own password");
      owner.type("choose:repeated", "my first own password");
      owner.clickAndWaitForPage("choose:submit");
      assertTrue(owner.currentPath().startsWith("login.xhtml"), owner.currentPath());
      assertTrue(owner.pageText().contains("Your password is saved"), owner.pageText());
      assertEquals(email, owner.find("signIn:email").getAttribute("value"), "email filled in");
      owner.type("signIn:password", "my first own password");
      owner.clickAndWaitForPage("signIn:submit");
      assertEquals("team/home.xhtml", owner.currentPath(), "the first sign-in lands at home");

      owner.driver().get(link);
      assertTrue(owner.text("invalid").contains("does not work any more"), "used once only");
    }
  }

  @Test
  void aForgottenPasswordIsResetByMailOnceAndTheLinkExpires() {
    String email = "forgetful" + RANDOM.nextInt(1_000_000) + "@den.example.edu";
    String first = invited(email, "Fran Forgetful", "first password of mine");

    try (Browser person = new Browser(base)) {
      person.open("login.xhtml");
      person.clickAndWaitForPage("forgot");
      person.screenshot("mail-forgot-1366");
      person.type("forgot:email", email);
      person.clickAndWaitForPage("forgot:submit");
      String answer = person.text("forgot:messages");
      assertTrue(answer.contains("If an account exists"), answer);

      String link = TestMail.link(smtp.await(email, 2, MAIL_WAIT));
      person.driver().get(link);
      person.type("choose:chosen", "second password of mine");
      person.type("choose:repeated", "second password of mine");
      person.clickAndWaitForPage("choose:submit");
      person.type("signIn:password", "second password of mine");
      person.clickAndWaitForPage("signIn:submit");
      assertEquals("team/home.xhtml", person.currentPath());
      assertEquals(401, new Api(base).get("api/me", email, first).statusCode(), "old one gone");

      person.driver().get(link);
      assertTrue(person.text("invalid").contains("does not work any more"), "a second time");
    }

    try (Browser person = new Browser(base)) {
      person.open("password/forgot.xhtml");
      person.type("forgot:email", email);
      person.clickAndWaitForPage("forgot:submit");
      String link = TestMail.link(smtp.await(email, 3, MAIL_WAIT));
      Instance.pause(RESET_VALIDITY.plusSeconds(2));
      person.driver().get(link);
      assertTrue(person.text("invalid").contains("does not work any more"), "after expiry");
    }
  }

  @Test
  void forgotPasswordAnswersTheSameForAnUnknownEmailAndSendsNothing() {
    String unknown = "nobody" + RANDOM.nextInt(1_000_000) + "@nowhere.example.edu";
    try (Browser person = new Browser(base)) {
      person.open("password/forgot.xhtml");
      person.type("forgot:email", unknown);
      person.clickAndWaitForPage("forgot:submit");
      String answer = person.text("forgot:messages");
      assertTrue(answer.contains("If an account exists for " + unknown), answer);
    }
    Instance.pause(Duration.ofSeconds(5));
    assertTrue(smtp.to(unknown).isEmpty());
  }

  @Test
  void theOutboxKeepsAMailWhileTheSmtpServerIsDownAndDeliversItOnceWhenItIsBack() {
    String email = "patient" + RANDOM.nextInt(1_000_000) + "@nur.example.edu";
    var api = new Api(base);
    smtp.stop();
    try {
      assertEquals(201, create(api, email, "Pat Patient").statusCode());
      JsonObject waiting = awaitOutbox(api, email, m -> m.containsKey("lastError"));
      assertEquals("PENDING", waiting.getString("state"), "waits for the next attempt: " + waiting);
      assertTrue(waiting.getInt("attempts") >= 1, waiting.toString());
    } finally {
      smtp.start();
    }
    var delivered = smtp.await(email, 1, Duration.ofSeconds(60));
    assertTrue(TestMail.body(delivered).contains("Pat Patient"));
    JsonObject sent = awaitOutbox(api, email, m -> "SENT".equals(m.getString("state")));
    assertFalse(sent.containsKey("body"), "a delivered mail keeps no text: " + sent);
    Instance.pause(Duration.ofSeconds(5));
    assertEquals(1, smtp.to(email).size(), "delivered once");
  }

  @Test
  void staffImportAccountsOnTheImportPageAndEachNewPersonIsInvitedOnce() throws IOException {
    String domain = "@import" + RANDOM.nextInt(1_000_000) + ".example.edu";
    Path csv = Files.createTempFile("accounts", ".csv");
    Files.writeString(
        csv,
        "email,name,role,school_code\n"
            + ("uma" + domain + ",Uma Upload,team_member,NUR-0001\n")
            + ("vic" + domain + ",Vic Upload,dean,NUR-0001\n"));
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), DemoData.STAFF_PASSWORD)) {
      for (String expected : new String[] {"2 new", "0 new, 0 updated, 2 unchanged"}) {
        staff.open("staff/import.xhtml");
        staff.find("import:kind").findElement(By.cssSelector("label[for='import:kind:2']")).click();
        staff.find("import:dryRun").findElement(By.cssSelector(".ui-chkbox-box")).click();
        staff.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(csv.toString());
        staff.clickAndWaitForPage("import:upload");
        String result = staff.text("result");
        assertTrue(result.contains("Imported") && result.contains(expected), result);
      }
    }
    for (String person : new String[] {"uma" + domain, "vic" + domain}) {
      assertTrue(TestMail.body(smtp.await(person, 1, MAIL_WAIT)).contains("Upload"));
    }
    Instance.pause(Duration.ofSeconds(5));
    assertEquals(1, smtp.to("uma" + domain).size(), "invited once, though imported twice");
  }

  /** Adds an account by API as staff and chooses its password through the invitation link. */
  private static String invited(String email, String name, String password) {
    var api = new Api(base);
    var created = create(api, email, name);
    assertEquals(201, created.statusCode(), created.body());
    assertFalse(Api.json(created).containsKey("temporaryPassword"), "none with mail configured");
    String link = TestMail.link(smtp.await(email, 1, MAIL_WAIT));
    try (Browser owner = new Browser(base)) {
      owner.driver().get(link);
      owner.type("choose:chosen", password);
      owner.type("choose:repeated", password);
      owner.clickAndWaitForPage("choose:submit");
    }
    assertEquals(200, api.get("api/me", email, password).statusCode());
    return password;
  }

  private static java.net.http.HttpResponse<String> create(Api api, String email, String name) {
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("name", name)
            .add("role", "TEAM_MEMBER")
            .add("school", email.contains("@den.") ? "DEN-0001" : "NUR-0001")
            .build()
            .toString();
    return api.post("api/accounts", TestSchool.STAFF, body);
  }

  private static JsonObject awaitOutbox(
      Api api, String email, java.util.function.Predicate<JsonObject> wanted) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      var mails = Api.jsonArray(api.get("api/outbox?to=" + email, TestSchool.STAFF));
      if (!mails.isEmpty()) {
        last = mails.getJsonObject(0);
        if (wanted.test(last)) {
          return last;
        }
      }
      Instance.pause(Duration.ofMillis(500));
    }
    throw new AssertionError("The outbox never showed the wanted state: " + last);
  }
}
