package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.Instance;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Staff open, close and reopen cycles, one open at a time, on an instance of {@code target/smm.jar}
 * of its own (embedded in-memory database, demo accounts without peers): the shared test deployment
 * keeps the demo's cycle open for every other test, so these tests, the only ones that close it,
 * run where they are the only writers of cycles. Each test first closes whatever cycle is open.
 * Without an SMTP server, mail waits in the outbox, where the reminders are read.
 */
class CyclesPageIT {

  private static Instance app;
  private static URL base;

  @BeforeAll
  static void startAnInstanceOfItsOwn() {
    app =
        Instance.start(
            "cycles",
            Instance.freePort(),
            Map.of(
                "SMM_DB_URL", "jdbc:h2:mem:cycles;DB_CLOSE_DELAY=-1",
                "SMM_DEMO_PEERS", "false"));
    app.awaitReady();
    base = app.url();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  /**
   * This instance is {@code smm.jar} started alone (no {@code SMM_CLUSTER_MEMBERS}): it serves its
   * staff without a data grid, which would cost every start about two seconds and open cluster
   * ports for nobody. Payara's {@code --nocluster} still starts a grid of one member.
   */
  @Test
  void aSingleInstanceStartsNoDataGrid() {
    String log = app.logText();
    assertTrue(log.contains("Payara Micro"), "the log is Payara's");
    assertFalse(log.contains("Hazelcast Instance Bound"), "no data grid started");
    assertFalse(log.contains("Data Grid Status"), "no data grid started");
  }

  @Test
  void staffOpenACycleOnlyOnceTheOpenOneIsClosedAndClosingItRefusesLateSaves() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    int year = 2031;
    if (openCycles(api).isEmpty()) {
      api.post("api/cycles", TestSchool.STAFF, "{\"year\":2030,\"deadline\":\"2100-01-01\"}");
    }
    int open = openCycles(api).get(0);
    try (Browser staff = staff()) {
      openOnThePage(staff, year);
      assertTrue(
          staff.text("cycles:messages").contains("The " + open + " cycle is open: close it"),
          staff.pageText());
      closeOnThePage(staff, open);

      openOnThePage(staff, year);
      assertTrue(
          staff.text("cycles:messages").contains("The 2031 cycle is open."), staff.pageText());
      assertEquals(List.of(year), openCycles(api));
      var read = api.get(school.assessmentPath(year), school.member());
      String etag = read.headers().firstValue("ETag").orElseThrow();
      closeOnThePage(staff, year);
      var late =
          api.put(
              school.assessmentPath(year) + "/answers",
              school.member(),
              "[{\"question\":\"mission.equity-statement\",\"value\":true}]",
              "If-Match",
              etag);
      assertEquals(409, late.statusCode(), late.body());
      assertTrue(late.body().contains("The " + year + " cycle is closed"), late.body());
    }
    var releases = api.get("api/cycles/" + year + "/releases", TestSchool.STAFF);
    assertEquals(
        "cycle_closed",
        Api.jsonArray(releases).getJsonObject(0).getString("origin"),
        "closing the cycle published a release: " + releases.body());
  }

  @Test
  void aClosedCycleIsReopenedForAReasonThatTheAuditLogKeeps() {
    var api = new Api(base);
    int year = 2006;
    closeTheOpenCycle(api);
    var recorded =
        api.post(
            "api/cycles", TestSchool.STAFF, "{\"year\":" + year + ",\"deadline\":\"2006-12-31\"}");
    assertEquals(201, recorded.statusCode(), recorded.body());
    try (Browser staff = staff()) {
      staff.open("staff/cycles.xhtml");
      row(staff, year).findElement(By.cssSelector("button[id$=reopen]")).click();
      staff.waitForAjax();
      assertEquals("Reopen the 2006 cycle", staff.text("cycles:reopenDialog_title"));
      staff.type("cycles:reason", "A late correction of a school.");
      staff.find("cycles:confirmReopen").click();
      staff.waitForAjax();
      assertTrue(staff.text("cycles:messages").contains("The 2006 cycle is open again."));
      assertTrue(row(staff, year).getText().contains("Open"), row(staff, year).getText());
      staff.open("staff/audit.xhtml?q=cycle%202006");
      assertTrue(
          staff.text("events").contains("A late correction of a school."), staff.text("events"));
    }
    assertEquals(List.of(year), openCycles(api));
  }

  @Test
  void schoolsThatHaveNotSubmittedAreRemindedOncePerReminderBeforeTheDeadline() {
    var api = new Api(base);
    int year = 2032;
    LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(2);
    closeTheOpenCycle(api);
    var opened =
        api.post(
            "api/cycles",
            TestSchool.STAFF,
            "{\"year\":" + year + ",\"deadline\":\"" + deadline + "\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    var school = TestSchool.create(api, "dentistry");
    assertTrue(reminders(api, school.dean().email(), year).isEmpty());
    var run = api.post("api/outbox/reminders", TestSchool.STAFF, "");
    assertEquals(200, run.statusCode(), run.body());

    for (TestSchool.Person person : List.of(school.dean(), school.member())) {
      List<JsonObject> reminded = reminders(api, person.email(), year);
      assertEquals(1, reminded.size(), reminded.toString());
      assertTrue(
          reminded.get(0).getString("body").contains("due on " + deadline + ", in 2 days"),
          reminded.get(0).toString());
    }
    api.post("api/outbox/reminders", TestSchool.STAFF, "");
    assertEquals(1, reminders(api, school.dean().email(), year).size(), "once only");
  }

  @Test
  void twoStaffOpeningTwoCyclesAtTheSameMomentLeaveOneOpen() throws Exception {
    var api = new Api(base);
    closeTheOpenCycle(api);
    var colleague = TestSchool.newStaff(api);
    String deadline = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    var first =
        CompletableFuture.supplyAsync(
            () ->
                api.post(
                    "api/cycles",
                    TestSchool.STAFF,
                    "{\"year\":2033,\"deadline\":\"" + deadline + "\"}"));
    var second =
        CompletableFuture.supplyAsync(
            () ->
                api.post(
                    "api/cycles", colleague, "{\"year\":2034,\"deadline\":\"" + deadline + "\"}"));
    List<HttpResponse<String>> answers = List.of(first.get(), second.get());
    assertEquals(
        List.of(201, 409),
        answers.stream().map(HttpResponse::statusCode).sorted().toList(),
        answers.stream().map(HttpResponse::body).toList().toString());
    assertEquals(1, openCycles(api).size(), "one cycle open: " + openCycles(api));
  }

  private static Browser staff() {
    return Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password());
  }

  private static void openOnThePage(Browser staff, int year) {
    staff.open("staff/cycles.xhtml");
    staff.type("cycles:year_input", Integer.toString(year));
    staff.type("cycles:deadline_input", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
    staff.find("cycles:open").click();
    staff.waitForAjax();
  }

  private static void closeOnThePage(Browser staff, int year) {
    row(staff, year).findElement(By.cssSelector("[id$=':close']")).click();
    staff.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    staff.waitForAjax();
    assertTrue(
        staff.text("cycles:messages").contains("The " + year + " cycle is closed"),
        staff.text("cycles:messages"));
  }

  private static WebElement row(Browser browser, int year) {
    return browser.driver().findElements(By.cssSelector("[id='cycles:list_data'] tr")).stream()
        .filter(r -> r.getText().startsWith(String.valueOf(year)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + year + ": " + browser.pageText()));
  }

  /** The years of the open cycles: one at most. */
  private static List<Integer> openCycles(Api api) {
    var listed = api.get("api/cycles", TestSchool.STAFF);
    assertEquals(200, listed.statusCode(), listed.body());
    return Api.jsonArray(listed).stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("state").equals("OPEN"))
        .map(c -> c.getInt("year"))
        .toList();
  }

  /** Closes the open cycle, whichever test left it open, so that another may open. */
  private static void closeTheOpenCycle(Api api) {
    for (int year : openCycles(api)) {
      var closed = api.post("api/cycles/" + year + "/close", TestSchool.STAFF, "");
      assertEquals(200, closed.statusCode(), closed.body());
    }
  }

  private static List<JsonObject> reminders(Api api, String recipient, int year) {
    var listed = api.get("api/outbox?to=" + recipient, TestSchool.STAFF);
    assertEquals(200, listed.statusCode(), listed.body());
    return Api.jsonArray(listed).stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("subject").startsWith("Reminder: the " + year + " "))
        .toList();
  }
}
