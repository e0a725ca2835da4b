package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Instance;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestDatabase;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Two instances of {@code target/smm.jar} on one PostgreSQL database, clustered with Payara Micro's
 * Hazelcast and started at the same moment, serve any request interchangeably, with no sticky
 * sessions: what one saved, closed or started is what the other reads; a session or a form of one
 * works on the other; a third instance can die without signing anyone out; and a database restart
 * is survived by every instance without restarting it.
 */
@Tag("cluster")
class ClusterIT {

  private static final String ADMIN = "admin@cluster.example.org";
  private static final String ADMIN_PASSWORD = "cluster-admin-password";
  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();

  private static TestDatabase database;
  private static Map<String, String> environment;
  private static int[] clusterPorts;
  private static Instance a;
  private static Instance b;

  @BeforeAll
  static void startTwoInstancesTogether() {
    database = TestDatabase.create("smm_cluster");
    clusterPorts = new int[] {Instance.freePort(), Instance.freePort(), Instance.freePort()};
    environment = new LinkedHashMap<>();
    environment.put("SMM_DB_URL", database.url());
    environment.put("SMM_DB_USER", TestDatabase.USER);
    environment.put("SMM_DB_PASSWORD", TestDatabase.PASSWORD);
    environment.put("SMM_DEMO_DATA", "true");
    environment.put("SMM_DEMO_PEERS", "false");
    environment.put("SMM_ADMIN_EMAIL", ADMIN);
    environment.put("SMM_ADMIN_PASSWORD", ADMIN_PASSWORD);
    environment.put(
        "SMM_CLUSTER_MEMBERS",
        Stream.of(clusterPorts[0], clusterPorts[1], clusterPorts[2])
            .map(port -> "127.0.0.1:" + port)
            .reduce((x, y) -> x + "," + y)
            .orElseThrow());
    a = start("a", 0);
    b = start("b", 1);
    a.awaitReady();
    b.awaitReady();
  }

  private static Instance start(String name, int member) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put("SMM_CLUSTER_PORT", Integer.toString(clusterPorts[member]));
    return Instance.start("cluster-" + name, Instance.freePort(), env);
  }

  @AfterAll
  static void stopInstances() {
    for (Instance instance : new Instance[] {a, b}) {
      if (instance != null) {
        instance.close();
      }
    }
  }

  @Test
  void instancesStartedTogetherFormOneClusterAndSetUpTheDatabaseOnce() {
    assertTrue(a.logText().contains("DG Size: 2"), "a and b formed one data grid");
    long migrations = database.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success");
    long versions =
        database.count("SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE success");
    assertEquals(versions, migrations, "every migration ran once");
    assertEquals(1, database.count("SELECT COUNT(*) FROM cycle WHERE state = 'OPEN'"));
    assertEquals(1, database.count("SELECT COUNT(*) FROM account WHERE email = '" + ADMIN + "'"));
    assertEquals(
        3,
        database.count("SELECT COUNT(*) FROM school WHERE LENGTH(code) = 8"),
        "the demo schools (MED-0001 …), once; the tests' own have longer codes");
    assertEquals(
        10,
        database.count(
            "SELECT COUNT(*) FROM account WHERE email NOT LIKE '%test.example%' AND email <> '"
                + ADMIN
                + "'"),
        "the demo accounts, once");
  }

  @Test
  void theFirstAdministratorSignsInOnEitherInstance() {
    for (Instance instance : List.of(a, b)) {
      var me = new Api(instance.url()).get("api/me", ADMIN, ADMIN_PASSWORD);
      assertEquals(200, me.statusCode(), me.body());
      assertEquals("STAFF", Api.json(me).getString("role"));
    }
  }

  @Test
  void aSessionOpenedOnOneInstanceWorksOnTheOther() {
    var school = TestSchool.create(new Api(a.url()), "medicine");
    var onA = new PageSession(a.url());
    assertEquals(302, onA.signIn(school.dean().email(), school.dean().password()).statusCode());
    var home = onA.on(b.url()).get("dean/home.xhtml");
    assertEquals(200, home.statusCode(), home.body());
    assertTrue(home.body().contains(school.name()), home.body());
  }

  @Test
  void aFormLoadedFromOneInstancePostsToTheOther() {
    var school = TestSchool.create(new Api(a.url()), "nursing");
    var onA = new PageSession(a.url());
    onA.signIn(school.dean().email(), school.dean().password());
    HttpResponse<String> owners = onA.get("assessment/owners.xhtml");
    assertEquals(200, owners.statusCode(), owners.body());
    var sameInstance = assignOwner(onA, owners, 0, school.member().email());
    assertEquals(1, owners(school, "mission", school.member().email()), sameInstance.body());
    var otherInstance = assignOwner(onA.on(b.url()), owners, 1, school.colleague().email());
    assertEquals(
        1,
        owners(school, "pipeline", school.colleague().email()),
        "the owner chosen on a page of a was saved through b: " + otherInstance.body());
  }

  /** Chooses the owner of the n-th modality on the owners page, as its ajax select does. */
  private static HttpResponse<String> assignOwner(
      PageSession session, HttpResponse<String> page, int row, String email) {
    Matcher select =
        Pattern.compile("name=\"(owners:[^\"]*?" + row + ":owner)_input\"").matcher(page.body());
    assertTrue(select.find(), page.body());
    String owner = select.group(1);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", owner);
    fields.put("jakarta.faces.partial.execute", owner);
    fields.put("jakarta.faces.partial.render", "owners:messages");
    fields.put("jakarta.faces.behavior.event", "valueChange");
    fields.put("jakarta.faces.partial.event", "change");
    fields.put("owners", "owners");
    fields.put(owner + "_input", email);
    var posted = session.postAjax("assessment/owners.xhtml", page, fields);
    assertEquals(200, posted.statusCode(), posted.body());
    return posted;
  }

  private static long owners(TestSchool school, String modality, String email) {
    return database.count(
        "SELECT COUNT(*) FROM modality_owner o JOIN account p ON p.id = o.account_id"
            + " WHERE o.modality_id = '"
            + modality
            + "' AND p.email = '"
            + email
            + "'");
  }

  @Test
  void aSaveOnOneInstanceIsReadOnTheOtherAndOneETagWinsOnce() throws Exception {
    var school = TestSchool.create(new Api(a.url()), "dentistry");
    String etag = etag(new Api(a.url()).get(school.assessmentPath(CYCLE), school.member()));
    var saved = save(b, school, etag, "Saved on b");
    assertEquals(200, saved.statusCode(), saved.body());
    var read = new Api(a.url()).get(school.assessmentPath(CYCLE), school.member());
    assertTrue(read.body().contains("Saved on b"), read.body());
    assertEquals(etag(saved), etag(read));

    String current = etag(read);
    var first =
        CompletableFuture.supplyAsync(() -> save(a, school.member(), school, current, "First"));
    var second =
        CompletableFuture.supplyAsync(() -> save(b, school.colleague(), school, current, "Second"));
    List<Integer> statuses =
        Stream.of(first.get(), second.get()).map(HttpResponse::statusCode).sorted().toList();
    assertEquals(List.of(200, 412), statuses, "one save wins, the other is told, none is lost");
  }

  /**
   * Closes the current cycle, the only one open (one is open at a time), and reopens it after: the
   * other tests of this class save into it, and these instances are theirs alone.
   */
  @Test
  void aCycleClosedOnOneInstanceRefusesSavesOnTheOther() {
    var staff = new Api(a.url());
    var school = TestSchool.create(staff, "medicine");
    String etag = etag(new Api(b.url()).get(school.assessmentPath(CYCLE), school.member()));
    var closed = staff.post("api/cycles/" + CYCLE + "/close", TestSchool.STAFF, "");
    assertEquals(200, closed.statusCode(), closed.body());
    try {
      var late =
          new Api(b.url())
              .put(
                  school.assessmentPath(CYCLE) + "/answers",
                  school.member(),
                  "[{\"question\":\"mission.evidence\",\"value\":\"late\"}]",
                  "If-Match",
                  etag);
      assertEquals(409, late.statusCode(), late.body());
    } finally {
      var reopened =
          staff.post(
              "api/cycles",
              TestSchool.STAFF,
              "{\"year\":" + CYCLE + ",\"deadline\":\"" + CYCLE + "-12-31\"}");
      assertEquals(201, reopened.statusCode(), reopened.body());
    }
  }

  @Test
  void killingAnInstanceSignsNobodyOutAndLosesNoSavedAnswer() {
    var school = TestSchool.create(new Api(a.url()), "nursing");
    try (Instance c = start("c", 2).awaitReady()) {
      var onC = new PageSession(c.url());
      assertEquals(
          302, onC.signIn(school.member().email(), school.member().password()).statusCode());
      String etag = etag(new Api(c.url()).get(school.assessmentPath(CYCLE), school.member()));
      assertEquals(200, save(c, school, etag, "Saved just before the crash").statusCode());
      c.kill();
      var home = onC.on(a.url()).get("team/home.xhtml");
      assertEquals(200, home.statusCode(), "still signed in on a: " + home.body());
      var read = new Api(b.url()).get(school.assessmentPath(CYCLE), school.member());
      assertTrue(read.body().contains("Saved just before the crash"), read.body());
    }
  }

  @Test
  void aDatabaseRestartIsSurvivedWithoutRestartingAnyInstance() throws IOException {
    var school = TestSchool.create(new Api(a.url()), "medicine");
    restartDatabase();
    for (Instance instance : List.of(a, b)) {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (instance.readiness() != 200) {
        assertTrue(
            Instant.now().isBefore(deadline), instance + " not ready 30 s after the restart");
        Instance.pause(Duration.ofMillis(500));
      }
      var read = new Api(instance.url()).get(school.assessmentPath(CYCLE), school.member());
      assertEquals(200, read.statusCode(), instance + ": " + read.body());
      assertEquals(200, save(instance, school, etag(read), "After the restart").statusCode());
    }
  }

  private static void restartDatabase() throws IOException {
    var restart =
        new ProcessBuilder(
                "bash",
                System.getProperty("smm.it.services"),
                "restart",
                System.getProperty("smm.it.services.state"))
            .inheritIO()
            .start();
    try {
      assertEquals(0, restart.waitFor(), "PostgreSQL restarted");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> save(
      Instance instance, TestSchool school, String etag, String evidence) {
    return save(instance, school.member(), school, etag, evidence);
  }

  private static HttpResponse<String> save(
      Instance instance,
      TestSchool.Person person,
      TestSchool school,
      String etag,
      String evidence) {
    return new Api(instance.url())
        .put(
            school.assessmentPath(CYCLE) + "/answers",
            person,
            "[{\"question\":\"mission.evidence\",\"value\":\"" + evidence + "\"}]",
            "If-Match",
            etag);
  }

  private static String etag(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("ETag")
        .orElseThrow(() -> new AssertionError("no ETag: " + response.body()));
  }
}
