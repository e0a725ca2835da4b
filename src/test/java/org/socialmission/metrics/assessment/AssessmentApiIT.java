package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The assessment API as a client uses it: read with an ETag, save batches all or nothing, submit,
 * scores, and who may do which. Each test works on a school of its own.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentApiIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();

  @ArquillianResource private URL base;

  @Test
  void theTeamsFirstReadStartsTheAssessmentWithAnETag() {
    var school = TestSchool.create(api(), "medicine");
    var first = api().get(assessment(school), school.member());
    assertEquals(200, first.statusCode(), first.body());
    JsonObject json = Api.json(first);
    assertEquals(school.code(), json.getString("school"));
    assertEquals(CYCLE, json.getInt("cycle"));
    assertEquals("medicine", json.getJsonObject("questionnaire").getString("id"));
    assertFalse(json.getString("state").equals("SUBMITTED"));
    String etag = etag(first);
    assertTrue(etag.startsWith("\""), etag);
    var again = api().get(assessment(school), school.member());
    assertEquals(etag, etag(again), "reading does not change the version");
  }

  @Test
  void aClosedCycleIsNeverStarted() {
    var school = TestSchool.create(api(), "medicine");
    var response =
        api().get("api/schools/" + school.code() + "/assessments/" + (CYCLE - 5), school.member());
    assertEquals(404, response.statusCode());
    assertEquals(404, Api.json(response).getInt("status"));
  }

  @Test
  void savedAnswersComeBackTypedWithWhoSavedThem() {
    var school = TestSchool.create(api(), "nursing");
    String etag = etag(api().get(assessment(school), school.member()));
    String evidence = "Mission page " + UUID.randomUUID();
    JsonArray batch =
        Json.createArrayBuilder()
            .add(entry("mission.equity-statement", JsonValue.TRUE))
            .add(entry("mission.leader-accountable", Json.createValue("reports")))
            .add(
                entry(
                    "mission.plan-targets",
                    Json.createArrayBuilder()
                        .add("workforce-diversity")
                        .add("community-partnerships")
                        .build()))
            .add(entry("mission.equity-research-share", Json.createValue(new BigDecimal("12.5"))))
            .add(entry("curriculum.equity-hours", Json.createValue(40)))
            .add(entry("mission.evidence", Json.createValue(evidence)))
            .add(
                Json.createObjectBuilder()
                    .add("question", "admissions.fee-waivers")
                    .add("notApplicable", true))
            .build();
    var saved = api().put(answers(school), school.member(), batch.toString(), "If-Match", etag);
    assertEquals(200, saved.statusCode(), saved.body());
    assertNotEquals(etag, etag(saved), "a save gives a new version");
    assertEquals("IN_PROGRESS", Api.json(saved).getString("state"));

    var read = api().get(assessment(school), school.member());
    assertEquals(etag(saved), etag(read));
    JsonObject json = Api.json(read);
    assertEquals(JsonValue.TRUE, answer(json, "mission.equity-statement").get("value"));
    assertEquals("reports", answer(json, "mission.leader-accountable").getString("value"));
    assertEquals(
        List.of("community-partnerships", "workforce-diversity"),
        strings(answer(json, "mission.plan-targets").getJsonArray("value")));
    assertEquals(
        0,
        new BigDecimal("12.5")
            .compareTo(
                answer(json, "mission.equity-research-share")
                    .getJsonNumber("value")
                    .bigDecimalValue()));
    assertEquals(40, answer(json, "curriculum.equity-hours").getInt("value"));
    assertEquals(evidence, answer(json, "mission.evidence").getString("value"));
    JsonObject notApplicable = answer(json, "admissions.fee-waivers");
    assertTrue(notApplicable.getBoolean("notApplicable"));
    assertFalse(notApplicable.containsKey("value"));
    assertEquals(school.member().name(), notApplicable.getString("updatedBy"));
    assertTrue(notApplicable.getString("updatedAt").endsWith("Z"), notApplicable.toString());
  }

  @Test
  void aBatchWithBadEntriesListsEachAndSavesNothing() {
    var school = TestSchool.create(api(), "medicine");
    var before = api().get(assessment(school), school.member());
    String evidence = "Never saved " + UUID.randomUUID();
    JsonArray batch =
        Json.createArrayBuilder()
            .add(entry("mission.evidence", Json.createValue(evidence)))
            .add(entry("mission.no-such-question", JsonValue.TRUE))
            .add(entry("mission.equity-statement", Json.createArrayBuilder().add("yes").build()))
            .add(entry("mission.equity-research-share", Json.createValue(150)))
            .build();
    var response =
        api().put(answers(school), school.member(), batch.toString(), "If-Match", etag(before));

    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = Api.json(response);
    assertEquals(400, error.getInt("status"));
    assertTrue(error.getString("message").contains("nothing was saved"), error.toString());
    JsonArray errors = error.getJsonArray("errors");
    assertEquals(
        List.of(
            "mission.no-such-question",
            "mission.equity-statement",
            "mission.equity-research-share"),
        errors.stream().map(e -> e.asJsonObject().getString("question")).toList());
    errors.forEach(e -> assertFalse(e.asJsonObject().getString("message").isBlank()));
    assertTrue(
        errors.getJsonObject(2).getString("message").contains("0 to 100"), errors.toString());

    var after = api().get(assessment(school), school.member());
    assertEquals(etag(before), etag(after), "nothing changed");
    assertFalse(
        after.body().contains(evidence), "the valid entry of the batch was not saved either");
  }

  @Test
  void textNoDatabaseCanStoreIsRefusedForItsQuestionOnEveryDatabase() {
    var school = TestSchool.create(api(), "medicine");
    String etag = etag(api().get(assessment(school), school.member()));
    var response =
        api()
            .put(
                answers(school),
                school.member(),
                "[{\"question\":\"mission.evidence\",\"value\":\"board\\u0000minutes\"}]",
                "If-Match",
                etag);
    assertEquals(400, response.statusCode(), response.body());
    String message = Api.json(response).getString("message");
    assertTrue(message.startsWith("[0].value cannot be stored"), message);
    assertTrue(message.contains("U+0000"), message);
    assertEquals(etag, etag(api().get(assessment(school), school.member())), "nothing changed");
  }

  @Test
  void aBodyThatIsNotAnArrayOfAnswersIsRefusedInPlainWords() {
    var school = TestSchool.create(api(), "medicine");
    String etag = etag(api().get(assessment(school), school.member()));
    for (String body :
        List.of("{\"question\": \"mission.evidence\", \"value\": \"x\"}", "not json", "")) {
      var response = api().put(answers(school), school.member(), body, "If-Match", etag);
      assertEquals(400, response.statusCode(), body + " -> " + response.body());
      String message = Api.json(response).getString("message");
      assertTrue(
          message.contains("JSON array") || message.contains("not valid JSON (line 1"),
          response.body());
    }
    var wrongType =
        api()
            .put(
                answers(school),
                school.member(),
                Json.createArrayBuilder()
                    .add(entry("mission.evidence", Json.createValue(42)))
                    .build()
                    .toString(),
                "If-Match",
                etag);
    assertEquals(400, wrongType.statusCode(), wrongType.body());
    assertEquals(
        "mission.evidence",
        Api.json(wrongType).getJsonArray("errors").getJsonObject(0).getString("question"));
    assertEquals(etag, etag(api().get(assessment(school), school.member())), "nothing changed");
  }

  @Test
  void aStaleETagIsRefusedWithTheCurrentValues() {
    var school = TestSchool.create(api(), "medicine");
    String read = etag(api().get(assessment(school), school.member()));
    String first = "First " + UUID.randomUUID();
    var saved = api().put(answers(school), school.member(), evidence(first), "If-Match", read);
    assertEquals(200, saved.statusCode(), saved.body());

    String second = "Second " + UUID.randomUUID();
    var stale = api().put(answers(school), school.colleague(), evidence(second), "If-Match", read);

    assertEquals(412, stale.statusCode(), stale.body());
    assertEquals(etag(saved), etag(stale), "the refusal carries the current version");
    assertEquals(first, answer(Api.json(stale), "mission.evidence").getString("value"));
    var now = api().get(assessment(school), school.member());
    assertEquals(first, answer(Api.json(now), "mission.evidence").getString("value"));
  }

  @Test
  void aSaveWithoutIfMatchIsRefused() {
    var school = TestSchool.create(api(), "medicine");
    var before = api().get(assessment(school), school.member());
    String value = "Unconditional " + UUID.randomUUID();
    var response = api().put(answers(school), school.member(), evidence(value));
    assertEquals(428, response.statusCode(), response.body());
    JsonObject error = Api.json(response);
    assertEquals(428, error.getInt("status"));
    assertTrue(error.getString("message").contains("If-Match"), error.toString());
    assertEquals(etag(before), etag(api().get(assessment(school), school.member())));
  }

  @Test
  void anotherSchoolsPeopleCanNeitherReadNorWrite() {
    var school = TestSchool.create(api(), "medicine");
    var other = TestSchool.create(api(), "dentistry");
    String etag = etag(api().get(assessment(school), school.member()));
    assertEquals(403, api().get(assessment(school), other.dean()).statusCode());
    assertEquals(403, api().get(assessment(school), other.member()).statusCode());
    var write = api().put(answers(school), other.member(), evidence("Intruder"), "If-Match", etag);
    assertEquals(403, write.statusCode(), write.body());
    assertEquals(403, api().get(assessment(school) + "/scores", other.dean()).statusCode());
    assertEquals(etag, etag(api().get(assessment(school), school.member())), "nothing changed");
  }

  @Test
  void staffReadAnExistingAssessmentButCannotChangeIt() {
    var school = TestSchool.create(api(), "medicine");
    String etag = etag(api().get(assessment(school), school.member()));
    var read = api().get(assessment(school), TestSchool.STAFF);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals(etag, etag(read));
    var write =
        api().put(answers(school), TestSchool.STAFF, evidence("Staff edit"), "If-Match", etag);
    assertEquals(403, write.statusCode(), write.body());
    assertEquals(etag, etag(api().get(assessment(school), school.member())), "nothing changed");
    var never =
        api().get("api/schools/" + school.code() + "/assessments/" + (CYCLE - 3), TestSchool.STAFF);
    assertEquals(404, never.statusCode(), "staff never start an assessment");
  }

  @Test
  void aTeamMemberCannotSubmit() {
    var school = TestSchool.create(api(), "medicine");
    api().get(assessment(school), school.member());
    var response = api().post(assessment(school) + "/submit", school.member(), "");
    assertEquals(403, response.statusCode(), response.body());
    assertNotEquals(
        "SUBMITTED", Api.json(api().get(assessment(school), school.member())).getString("state"));
  }

  @Test
  void anIncompleteAssessmentIsNotSubmittedAndTheMissingQuestionsAreListed() {
    var school = TestSchool.create(api(), "medicine");
    api().get(assessment(school), school.dean());
    var response = api().post(assessment(school) + "/submit", school.dean(), "");
    assertEquals(409, response.statusCode(), response.body());
    JsonObject error = Api.json(response);
    assertTrue(error.getString("message").contains("unanswered"), error.toString());
    JsonObject missing =
        error.getJsonArray("missing").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("question").equals("graduates.primary-care-share"))
            .findFirst()
            .orElseThrow();
    assertEquals("graduates", missing.getString("modality"));
    assertFalse(missing.getString("text").isBlank());
    assertNotEquals(
        "SUBMITTED", Api.json(api().get(assessment(school), school.dean())).getString("state"));
  }

  @Test
  void theDeanSubmitsACompleteAssessmentWhichThenStaysAsSubmitted() {
    var school = TestSchool.create(api(), "dentistry");
    var read = api().get(assessment(school), school.dean());
    JsonObject questionnaire = Api.json(read).getJsonObject("questionnaire");
    var saved =
        api()
            .put(
                answers(school),
                school.dean(),
                everyAnswer(questionnaire.getString("id"), questionnaire.getInt("version"))
                    .toString(),
                "If-Match",
                etag(read));
    assertEquals(200, saved.statusCode(), saved.body());

    var submitted = api().post(assessment(school) + "/submit", school.dean(), "");
    assertEquals(200, submitted.statusCode(), submitted.body());
    JsonObject json = Api.json(submitted);
    assertEquals("SUBMITTED", json.getString("state"));
    assertEquals(school.dean().name(), json.getString("submittedBy"));
    assertNotNull(json.getString("submittedAt"));

    var late =
        api()
            .put(
                answers(school),
                school.member(),
                evidence("Too late"),
                "If-Match",
                etag(submitted));
    assertEquals(409, late.statusCode(), late.body());
    assertTrue(Api.json(late).getString("message").contains("submitted"), late.body());
    var after = api().get(assessment(school), school.dean());
    assertEquals(etag(submitted), etag(after));
    assertEquals("Evidence", answer(Api.json(after), "mission.evidence").getString("value"));
  }

  @Test
  void scoresShowEveryModalityAndAnOverallFromZeroToHundred() {
    var school = TestSchool.create(api(), "medicine");
    String etag = etag(api().get(assessment(school), school.dean()));
    var saved =
        api()
            .put(
                answers(school),
                school.dean(),
                Json.createArrayBuilder()
                    .add(entry("mission.equity-statement", JsonValue.TRUE))
                    .build()
                    .toString(),
                "If-Match",
                etag);
    assertEquals(200, saved.statusCode(), saved.body());

    var response = api().get(assessment(school) + "/scores", school.member());
    assertEquals(200, response.statusCode(), response.body());
    JsonObject scores = Api.json(response);
    BigDecimal overall = scores.getJsonNumber("overall").bigDecimalValue();
    assertTrue(
        overall.signum() >= 0 && overall.compareTo(BigDecimal.valueOf(100)) <= 0,
        overall.toString());
    assertTrue(overall.scale() <= 1, "rounded to one decimal: " + overall);
    JsonArray modalities = scores.getJsonArray("modalities");
    assertEquals(
        List.of(
            "mission",
            "pipeline",
            "admissions",
            "curriculum",
            "clinical",
            "debt",
            "mentoring",
            "graduates"),
        modalities.stream().map(m -> m.asJsonObject().getString("id")).toList());
    JsonObject mission = modalities.getJsonObject(0);
    assertEquals("School mission", mission.getString("title"));
    assertTrue(
        mission.getJsonNumber("points").bigDecimalValue().compareTo(BigDecimal.valueOf(2)) >= 0,
        mission.toString());
    assertTrue(mission.getJsonNumber("score").bigDecimalValue().signum() > 0, mission.toString());
    assertTrue(
        mission.getInt("required") > 0 && mission.getInt("answeredRequired") >= 1,
        mission.toString());
  }

  @Test
  void openApiDocumentsTheAssessmentApi() {
    var response = api().getFromServerRoot("/openapi");
    assertEquals(200, response.statusCode());
    for (String text :
        List.of(
            "/api/schools/{code}/assessments/{cycle}",
            "/api/schools/{code}/assessments/{cycle}/answers",
            "/api/schools/{code}/assessments/{cycle}/submit",
            "/api/schools/{code}/assessments/{cycle}/scores",
            "If-Match",
            "one decimal")) {
      assertTrue(response.body().contains(text), text + " in " + response.body());
    }
  }

  /** A valid answer to every question of the questionnaire, built from its API document. */
  private JsonArray everyAnswer(String id, int version) {
    JsonObject document =
        Api.json(api().get("api/questionnaires/" + id + "?version=" + version, null, null));
    JsonArrayBuilder batch = Json.createArrayBuilder();
    document.getJsonArray("modalities").stream()
        .flatMap(m -> m.asJsonObject().getJsonArray("questions").stream())
        .map(JsonValue::asJsonObject)
        .forEach(q -> batch.add(entry(q.getString("id"), validValue(q))));
    return batch.build();
  }

  private static JsonValue validValue(JsonObject question) {
    return switch (question.getString("type")) {
      case "yesno" -> JsonValue.TRUE;
      case "single" -> question.getJsonArray("options").getJsonObject(0).get("id");
      case "multiple" ->
          Json.createArrayBuilder()
              .add(question.getJsonArray("options").getJsonObject(0).get("id"))
              .build();
      case "number", "percentage" -> question.get("min");
      default -> Json.createValue("Evidence");
    };
  }

  private Api api() {
    return new Api(base);
  }

  private static String assessment(TestSchool school) {
    return school.assessmentPath(CYCLE);
  }

  private static String answers(TestSchool school) {
    return assessment(school) + "/answers";
  }

  private static JsonObject entry(String question, JsonValue value) {
    return Json.createObjectBuilder().add("question", question).add("value", value).build();
  }

  private static String evidence(String text) {
    return Json.createArrayBuilder()
        .add(entry("mission.evidence", Json.createValue(text)))
        .build()
        .toString();
  }

  private static String etag(HttpResponse<String> response) {
    Optional<String> etag = response.headers().firstValue("ETag");
    assertTrue(etag.isPresent(), "ETag header on " + response.statusCode() + " " + response.body());
    return etag.get();
  }

  private static JsonObject answer(JsonObject assessment, String question) {
    return assessment.getJsonArray("answers").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("question").equals(question))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer to " + question + " in " + assessment));
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
