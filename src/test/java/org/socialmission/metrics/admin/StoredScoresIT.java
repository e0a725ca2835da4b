package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.admin.imports.AnswerCsvReader;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.admin.peers.GeneratedSchool;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Completion, the dashboard and the completion page read stored scores: what staff see moves with
 * every save, submit, reopen and import at once, and a large import is all or nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StoredScoresIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();
  private static final Pattern SUBMITTED = Pattern.compile("id=\"schoolCount\">(\\d+) ");

  @ArquillianResource private URL base;

  private JsonObject completion(int cycle, String code) {
    var response = new Api(base).get("api/completion/" + cycle, TestSchool.STAFF);
    assertEquals(200, response.statusCode(), response.body());
    return Api.jsonArray(response).stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in the completion table"));
  }

  @Test
  void completionShowsASchoolsProgressRightAfterEachSaveSubmitAndReopen() {
    Api api = new Api(base);
    TestSchool school = TestSchool.create(api, "nursing");
    assertEquals("NOT_STARTED", completion(CYCLE, school.code()).getString("state"));

    var read = api.get(school.assessmentPath(CYCLE), school.dean());
    String answer = "[{\"question\":\"mission.equity-statement\",\"value\":true}]";
    var saved =
        api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            answer,
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
    JsonObject started = completion(CYCLE, school.code());
    assertEquals("IN_PROGRESS", started.getString("state"));
    int mission = started.getJsonArray("modalityPercents").getInt(0);
    assertTrue(mission > 0 && mission < 100, started.toString());
    assertTrue(started.getInt("percent") < 100, started.toString());

    Submissions.submitEverything(api, school, CYCLE, 1);
    JsonObject submitted = completion(CYCLE, school.code());
    assertEquals("SUBMITTED", submitted.getString("state"));
    assertEquals(100, submitted.getInt("percent"), submitted.toString());

    Submissions.reopen(api, school, CYCLE);
    JsonObject reopened = completion(CYCLE, school.code());
    assertEquals("IN_PROGRESS", reopened.getString("state"));
    assertEquals(100, reopened.getInt("percent"), reopened.toString());
  }

  @Test
  void theDashboardCountsASubmissionAndAReopeningAtOnce() {
    Api api = new Api(base);
    PageSession staff = new PageSession(base);
    staff.signIn(TestSchool.STAFF.email(), TestSchool.STAFF.password());
    String page = "staff/dashboard.xhtml?cycle=" + CYCLE + "&discipline=dentistry";
    int before = submittedOn(staff.get(page).body());
    TestSchool school = TestSchool.create(api, "dentistry");
    Submissions.submitEverything(api, school, CYCLE, 2);
    assertEquals(before + 1, submittedOn(staff.get(page).body()));
    Submissions.reopen(api, school, CYCLE);
    assertEquals(before, submittedOn(staff.get(page).body()));
  }

  /**
   * The dashboard's schools leaning on estimates are read from what each save stores with the
   * scores: the save that marks a school's only answer an estimate lists the school at once, all
   * its points on estimates.
   */
  @Test
  void theDashboardListsASchoolLeaningOnEstimatesRightAfterTheSave() {
    Api api = new Api(base);
    PageSession staff = new PageSession(base);
    staff.signIn(TestSchool.STAFF.email(), TestSchool.STAFF.password());
    TestSchool school = TestSchool.create(api, "medicine");
    Assessments.saveEstimate(api, school, "debt.cost-published", true);
    String page = staff.get("staff/dashboard.xhtml?cycle=" + CYCLE + "&discipline=medicine").body();
    Matcher row =
        Pattern.compile(
                "<tr class=\"estimates-"
                    + school.code()
                    + "\">.*?<td class=\"number\">([^<]*)</td>\\s*<td"
                    + " class=\"number\">([^<]*)</td>",
                Pattern.DOTALL)
            .matcher(page);
    assertTrue(row.find(), "the school is listed among those leaning on estimates");
    assertEquals("100 %", row.group(1), "share of its points on estimates");
    assertEquals("1", row.group(2), "answers marked estimate");
  }

  @Test
  void anImportOfManySchoolsIsAllOrNothingAndScoredAtOnce() {
    // A cycle of its own: other tests publish releases of theirs and count their schools.
    int cycle = 2014;
    List<GeneratedSchool> generated =
        new DemoPeerGenerator(QuestionnaireCatalog.load(Path.of("questionnaires")))
            .generate(17L, 30, cycle, cycle - 3);
    List<String> codes = new ArrayList<>();
    StringBuilder schools = new StringBuilder("code,name,discipline,ownership,region,enrollment\n");
    StringBuilder answers = new StringBuilder(String.join(",", AnswerCsvReader.COLUMNS) + "\n");
    for (GeneratedSchool s : generated) {
      String code = TestSchool.uniqueCode(s.discipline());
      codes.add(code);
      schools.append(
          String.join(",", code, "Imported " + code, s.discipline(), "public", "west", "250\n"));
      for (Map.Entry<String, Answer> a : s.answers(cycle).entrySet()) {
        answers.append(code).append(',').append(cycle).append(',').append(a.getKey()).append(',');
        answers.append(csv(a.getValue())).append('\n');
      }
    }
    Api api = new Api(base);
    assertEquals(
        200, api.postCsv("api/import/schools", TestSchool.STAFF, schools.toString()).statusCode());
    String last = codes.get(codes.size() - 1);
    String bad = answers + last + "," + cycle + ",mission.equity-statement,maybe\n";
    var refused = api.postCsv("api/import/answers", TestSchool.STAFF, bad);
    assertEquals(400, refused.statusCode(), refused.body());
    for (String code : List.of(codes.get(0), codes.get(15), last)) {
      assertEquals(
          404,
          api.get("api/schools/" + code + "/assessments/" + cycle, TestSchool.STAFF).statusCode(),
          "nothing of the refused file was imported");
    }

    var imported = api.postCsv("api/import/answers", TestSchool.STAFF, answers.toString());
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(30, Api.json(imported).getInt("created"));
    var rows =
        Api.jsonArray(api.get("api/completion/" + cycle, TestSchool.STAFF)).stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> codes.contains(r.getString("code")))
            .collect(Collectors.toMap(r -> r.getString("code"), r -> r));
    assertEquals(30, rows.size());
    rows.values()
        .forEach(
            r -> {
              assertEquals("SUBMITTED", r.getString("state"), r.toString());
              assertEquals(100, r.getInt("percent"), r.toString());
            });
    var scores =
        api.get("api/schools/" + last + "/assessments/" + cycle + "/scores", TestSchool.STAFF);
    assertEquals(200, scores.statusCode(), scores.body());
  }

  @Test
  void theCompletionPageShowsTheFirstPageInCodeOrderAndTheCountPerState() {
    Api api = new Api(base);
    TestSchool.create(api, "medicine");
    List<JsonObject> all =
        Api.jsonArray(api.get("api/completion/" + CYCLE, TestSchool.STAFF)).stream()
            .map(JsonValue::asJsonObject)
            .toList();
    PageSession staff = new PageSession(base);
    staff.signIn(TestSchool.STAFF.email(), TestSchool.STAFF.password());
    String page = staff.get("staff/completion.xhtml?cycle=" + CYCLE).body();
    List<String> shown = new ArrayList<>();
    // The first cell of each row: the code, a link to the results once the school has started.
    Matcher code =
        Pattern.compile(
                "<tr data-ri=\"\\d+\"[^>]*><td role=\"gridcell\">(?:<a [^>]*>)?([A-Z]{3}-\\d+)")
            .matcher(page);
    while (code.find()) {
      shown.add(code.group(1));
    }
    List<String> expected = all.stream().map(r -> r.getString("code")).sorted().limit(50).toList();
    assertEquals(expected, shown);
    long submitted = all.stream().filter(r -> r.getString("state").equals("SUBMITTED")).count();
    assertTrue(page.contains(": " + submitted + "</span>"), "count of submitted: " + submitted);
  }

  private static int submittedOn(String page) {
    Matcher matcher = SUBMITTED.matcher(page);
    assertTrue(matcher.find(), page);
    return Integer.parseInt(matcher.group(1));
  }

  private static String csv(Answer answer) {
    String value =
        answer instanceof Answer.NotApplicable
            ? AnswerCsvReader.NOT_APPLICABLE
            : AnswerCodec.format(answer);
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  static JsonObject json(String text) {
    return Json.createReader(new java.io.StringReader(text)).readObject();
  }
}
