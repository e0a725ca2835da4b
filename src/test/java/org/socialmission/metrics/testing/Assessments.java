package org.socialmission.metrics.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Year;
import java.time.ZoneOffset;

/** A test school's assessment of the current cycle, through the API. */
public final class Assessments {

  /** The current cycle: the year, as the test deployment opens it. */
  public static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();

  private Assessments() {}

  /** The assessment's state as its dean reads it: NOT_STARTED, IN_PROGRESS or SUBMITTED. */
  public static String state(Api api, TestSchool school) {
    return Api.json(api.get(school.assessmentPath(CYCLE), school.dean())).getString("state");
  }

  /** Answers every question of the school's assessment validly, so that its dean may submit it. */
  public static void answerEverything(Api api, TestSchool school) {
    var read = api.get(school.assessmentPath(CYCLE), school.dean());
    JsonObject questionnaire = Api.json(read).getJsonObject("questionnaire");
    JsonObject document =
        Api.json(
            api.get(
                "api/questionnaires/"
                    + questionnaire.getString("id")
                    + "?version="
                    + questionnaire.getInt("version"),
                null,
                null));
    JsonArrayBuilder batch = Json.createArrayBuilder();
    document.getJsonArray("modalities").stream()
        .flatMap(m -> m.asJsonObject().getJsonArray("questions").stream())
        .map(JsonValue::asJsonObject)
        .forEach(
            q ->
                batch.add(
                    Json.createObjectBuilder()
                        .add("question", q.getString("id"))
                        .add("value", validValue(q))));
    var saved =
        api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            batch.build().toString(),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
  }

  /** The dean saves one answer (a text, a number or an option id) of the current cycle. */
  public static void save(Api api, TestSchool school, String question, String value) {
    save(api, school, Json.createObjectBuilder().add("question", question).add("value", value));
  }

  /** The dean saves one yes/no answer of the current cycle. */
  public static void save(Api api, TestSchool school, String question, boolean value) {
    save(api, school, Json.createObjectBuilder().add("question", question).add("value", value));
  }

  /** The dean saves one yes/no answer of the current cycle, marked as an estimate. */
  public static void saveEstimate(Api api, TestSchool school, String question, boolean value) {
    save(
        api,
        school,
        Json.createObjectBuilder()
            .add("question", question)
            .add("value", value)
            .add("quality", "estimate"));
  }

  private static void save(Api api, TestSchool school, JsonObjectBuilder answer) {
    var read = api.get(school.assessmentPath(CYCLE), school.dean());
    var saved =
        api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            Json.createArrayBuilder().add(answer).build().toString(),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
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
}
