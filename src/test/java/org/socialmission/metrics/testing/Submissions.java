package org.socialmission.metrics.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Comparator;
import java.util.List;

/**
 * A test school's dean answers every question and submits, or reopens, through the API, as a school
 * does; or staff import the same answers as the school's submission of a past cycle, as earlier
 * survey years are loaded. Answers differ by {@code variant}, so that schools of one test score
 * differently.
 */
public final class Submissions {

  private Submissions() {}

  /** Answers every question of the school's questionnaire in the cycle and submits. */
  public static void submitEverything(Api api, TestSchool school, int cycle, int variant) {
    var read = api.get(school.assessmentPath(cycle), school.dean());
    assertEquals(200, read.statusCode(), read.body());
    JsonObject questionnaire = Api.json(read).getJsonObject("questionnaire");
    var saved =
        api.put(
            school.assessmentPath(cycle) + "/answers",
            school.dean(),
            everyAnswer(api, questionnaire, variant).toString(),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
    var submitted = api.post(school.assessmentPath(cycle) + "/submit", school.dean(), "");
    assertEquals(200, submitted.statusCode(), submitted.body());
  }

  /**
   * Staff import every answer of each school as its submitted assessment of a past cycle (recorded
   * closed if it is new), on its discipline's newest questionnaire, in one file: the same answers
   * {@link #submitEverything} gives.
   */
  public static void importEverything(Api api, int cycle, int variant, List<TestSchool> schools) {
    StringBuilder csv = new StringBuilder("school_code,cycle,question_id,value\n");
    for (TestSchool school : schools) {
      for (JsonValue answer : everyAnswer(api, newest(api, school.discipline()), variant)) {
        JsonObject entry = answer.asJsonObject();
        csv.append(school.code())
            .append(',')
            .append(cycle)
            .append(',')
            .append(entry.getString("question"))
            .append(',')
            .append(csvValue(entry.get("value")))
            .append('\n');
      }
    }
    var imported = api.postCsv("api/import/answers", TestSchool.STAFF, csv.toString());
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(schools.size(), Api.json(imported).getInt("created"), imported.body());
  }

  /** As {@link #importEverything(Api, int, int, List)}, for one school. */
  public static void importEverything(Api api, TestSchool school, int cycle, int variant) {
    importEverything(api, cycle, variant, List.of(school));
  }

  private static JsonObject newest(Api api, String discipline) {
    return Api.jsonArray(api.get("api/questionnaires", null, null)).stream()
        .map(JsonValue::asJsonObject)
        .filter(q -> q.getJsonArray("disciplines").toString().contains("\"" + discipline + "\""))
        .max(Comparator.comparingInt(q -> q.getInt("version")))
        .orElseThrow();
  }

  private static String csvValue(JsonValue value) {
    return switch (value.getValueType()) {
      case TRUE -> "yes";
      case FALSE -> "no";
      case STRING -> ((JsonString) value).getString();
      case ARRAY ->
          String.join(
              "|",
              value.asJsonArray().getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList());
      default -> value.toString();
    };
  }

  /** The dean reopens the school's submitted assessment of the cycle. */
  public static void reopen(Api api, TestSchool school, int cycle) {
    var reopened =
        api.post(
            school.assessmentPath(cycle) + "/reopen",
            school.dean(),
            "{\"reason\":\"A figure was wrong.\"}");
    assertEquals(200, reopened.statusCode(), reopened.body());
  }

  private static JsonArray everyAnswer(Api api, JsonObject questionnaire, int variant) {
    JsonObject document =
        Api.json(
            api.get(
                "api/questionnaires/"
                    + questionnaire.getString("id")
                    + "?version="
                    + questionnaire.getInt("version"),
                null,
                null));
    List<JsonObject> questions =
        document.getJsonArray("modalities").stream()
            .flatMap(m -> m.asJsonObject().getJsonArray("questions").stream())
            .map(JsonValue::asJsonObject)
            .toList();
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < questions.size(); i++) {
      JsonObject question = questions.get(i);
      batch.add(
          Json.createObjectBuilder()
              .add("question", question.getString("id"))
              .add("value", value(question, (i + variant) % 3)));
    }
    return batch.build();
  }

  private static JsonValue value(JsonObject question, int pick) {
    return switch (question.getString("type")) {
      case "yesno" -> pick == 0 ? JsonValue.FALSE : JsonValue.TRUE;
      case "single" -> option(question, pick);
      case "multiple" -> Json.createArrayBuilder().add(option(question, pick)).build();
      case "number", "percentage" -> question.get("min");
      default -> Json.createValue("Evidence " + pick);
    };
  }

  private static JsonValue option(JsonObject question, int pick) {
    var options = question.getJsonArray("options");
    return options.getJsonObject(pick % options.size()).get("id");
  }
}
