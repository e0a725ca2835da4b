package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.security.SecureRandom;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.TestSchool;

/**
 * What the application mails, read in the outbox of the test deployment (which has no SMTP server,
 * so mails wait there for staff, as on an installation without mail): bulk account imports invite
 * each new person once, however often the file is imported; the dean hears once when the team has
 * answered everything. (Deadline reminders need a cycle of their own open near its deadline: {@code
 * CyclesPageIT}'s.)
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  @ArquillianResource private URL base;

  @Test
  void anAccountImportInvitesEachNewPersonOnceHoweverOftenItIsImported() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    String domain = "@bulk" + RANDOM.nextInt(1_000_000) + ".example.edu";
    String csv =
        "email,name,role,school_code\n"
            + "Ada"
            + domain
            + ",Ada Bulk,team_member,"
            + school.code()
            + "\n"
            + "bo"
            + domain
            + ",Bo Bulk,DEAN,"
            + school.code().toLowerCase()
            + "\n";

    JsonObject dry =
        Api.json(api.postCsv("api/import/accounts?dryRun=true", TestSchool.STAFF, csv));
    assertEquals(2, dry.getInt("created"), dry.toString());
    assertTrue(outbox(api, domain).isEmpty(), "a dry run invites nobody");

    var imported = api.postCsv("api/import/accounts", TestSchool.STAFF, csv);
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(2, Api.json(imported).getInt("created"));
    List<JsonObject> invitations = outbox(api, domain);
    assertEquals(2, invitations.size(), invitations.toString());
    for (JsonObject mail : invitations) {
      assertEquals("Your account on Social Mission Metrics", mail.getString("subject"));
      assertTrue(mail.getString("body").contains("password/set.xhtml?token="), mail.toString());
      assertEquals("PENDING", mail.getString("state"), "no SMTP here: it waits for staff");
    }

    var again = Api.json(api.postCsv("api/import/accounts", TestSchool.STAFF, csv));
    assertEquals(0, again.getInt("created"), again.toString());
    assertEquals(2, again.getInt("unchanged"));
    assertEquals(2, outbox(api, domain).size(), "nobody invited twice");
  }

  @Test
  void aRefusedAccountImportNamesLineAndColumnAndImportsNothing() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    String domain = "@refused" + RANDOM.nextInt(1_000_000) + ".example.edu";
    String csv =
        "email,name,role,school_code\n"
            + "good"
            + domain
            + ",Good Person,team_member,"
            + school.code()
            + "\n"
            + "lost"
            + domain
            + ",Lost Person,team_member,MED-999999\n"
            + school.dean().email()
            + ",Someone Else,team_member,"
            + school.code()
            + "\n";
    var refused = api.postCsv("api/import/accounts", TestSchool.STAFF, csv);
    assertEquals(400, refused.statusCode(), refused.body());
    var errors = Api.json(refused).getJsonArray("errors");
    assertEquals(2, errors.size(), errors.toString());
    assertEquals(3, errors.getJsonObject(0).getInt("line"));
    assertEquals("school_code", errors.getJsonObject(0).getString("column"));
    assertEquals(4, errors.getJsonObject(1).getInt("line"));
    assertEquals("email", errors.getJsonObject(1).getString("column"));
    assertTrue(outbox(api, domain).isEmpty(), "all or nothing: not even the good row");
    assertEquals(401, api.get("api/me", "good" + domain, "anything at all").statusCode());
  }

  @Test
  void theDeanHearsOnceWhenTheTeamHasAnsweredEverything() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    Assessments.answerEverything(api, school);
    List<JsonObject> notices = ready(api, school.dean().email());
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(
        notices.get(0).getString("body").contains("review.xhtml"), notices.get(0).toString());
    assertTrue(ready(api, school.member().email()).isEmpty(), "the dean's alone");

    Assessments.answerEverything(api, school);
    assertEquals(1, ready(api, school.dean().email()).size(), "once only");
  }

  private static List<JsonObject> outbox(Api api, String recipient) {
    var listed = api.get("api/outbox?to=" + recipient, TestSchool.STAFF);
    assertEquals(200, listed.statusCode(), listed.body());
    return Api.jsonArray(listed).stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<JsonObject> ready(Api api, String recipient) {
    return outbox(api, recipient).stream()
        .filter(m -> m.getString("subject").contains("complete and ready"))
        .toList();
  }
}
