package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.RealisticFill;
import org.socialmission.metrics.testing.TestSchool;

/**
 * What-if, plan and crosswalk over the API for a medical school after a realistic fill: the options
 * hold when applied, the plan links only validated resources, the parts add up.
 */
@ExtendWith(ArquillianExtension.class)
class InsightIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();
  private static final List<String> MODALITIES =
      List.of(
          "mission",
          "pipeline",
          "admissions",
          "curriculum",
          "clinical",
          "debt",
          "mentoring",
          "graduates");

  private static final List<String> QUARTILES = List.of("Top", "Second", "Third", "Fourth");

  @ArquillianResource private URL base;

  /** A medical school of its own whose team filled in the realistic answers. */
  private TestSchool filled(Api api, Map<String, Answer> answers) {
    TestSchool school = TestSchool.create(api, "medicine");
    put(api, school, RealisticFill.batch(answers).toString());
    return school;
  }

  private static void put(Api api, TestSchool school, String batch) {
    var read = api.get(school.assessmentPath(CYCLE), school.dean());
    assertEquals(200, read.statusCode(), read.body());
    var saved =
        api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            batch,
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
  }

  @Test
  void whatIfOptionsAppliedOneByOneGiveTheScoresAndQuartilesTheyClaim() {
    var api = new Api(base);
    Map<String, Answer> fill = RealisticFill.medicine();
    TestSchool school = filled(api, fill);
    int checked = 0;
    for (String measure : MODALITIES) {
      JsonObject whatIf = whatIf(api, school, measure);
      if (!whatIf.getString("status").equals("options")) {
        assertTrue(
            Set.of("top", "none-within-cap").contains(whatIf.getString("status")),
            whatIf.toString());
        continue;
      }
      int release = whatIf.getJsonObject("release").getInt("number");
      for (JsonValue value : whatIf.getJsonArray("options")) {
        JsonObject option = value.asJsonObject();
        List<JsonObject> changes =
            option.getJsonArray("changes").stream().map(JsonValue::asJsonObject).toList();
        if (changes.stream().anyMatch(c -> !fill.containsKey(c.getString("question")))) {
          continue; // an answer the fill left empty could not be taken back through the API
        }
        put(api, school, changed(changes).build().toString());
        JsonObject benchmark = benchmark(api, school);
        if (benchmark.getJsonObject("release").getInt("number") == release) {
          JsonObject measured = measure(benchmark, measure);
          assertEquals(
              option.getJsonNumber("score").bigDecimalValue(),
              measured.getJsonNumber("own").bigDecimalValue(),
              measure + " " + option);
          assertEquals(
              option.getString("quartile"), measured.getString("quartile"), option.toString());
          checked++;
        }
        put(api, school, restored(changes, fill).build().toString());
      }
    }
    assertTrue(checked >= 5, "options checked against the release: " + checked);
  }

  @Test
  void aWhatIfAskedAgainAnswersForTheAnswersAsTheyAreNow() {
    var api = new Api(base);
    Map<String, Answer> fill = RealisticFill.medicine();
    TestSchool school = filled(api, fill);
    for (String measure : MODALITIES) {
      JsonObject before = whatIf(api, school, measure);
      if (!before.getString("status").equals("options")) {
        continue;
      }
      var option =
          before.getJsonArray("options").stream()
              .map(JsonValue::asJsonObject)
              .filter(
                  o ->
                      o.getJsonArray("changes").stream()
                          .allMatch(c -> fill.containsKey(c.asJsonObject().getString("question"))))
              .findFirst();
      if (option.isEmpty()) {
        continue;
      }
      List<JsonObject> changes =
          option.get().getJsonArray("changes").stream().map(JsonValue::asJsonObject).toList();
      put(api, school, changed(changes).build().toString());
      JsonObject after = whatIf(api, school, measure).getJsonObject("current");
      assertEquals(
          option.get().getJsonNumber("score").bigDecimalValue(),
          after.getJsonNumber("score").bigDecimalValue(),
          "the score with the option taken: " + after);
      assertEquals(option.get().getString("quartile"), after.getString("quartile"));
      put(api, school, restored(changes, fill).build().toString());
      assertEquals(before, whatIf(api, school, measure), "the answers as they were");
      return;
    }
    fail("no measure of the realistic fill had options the API could apply");
  }

  @Test
  void whatIfIsForTheDeanAndStaffAndNamesItsMeasure() {
    var api = new Api(base);
    TestSchool school = filled(api, RealisticFill.medicine());
    String path = school.assessmentPath(CYCLE) + "/what-if?measure=";
    assertEquals(403, api.get(path + "mission", school.member()).statusCode());
    assertEquals(200, api.get(path + "mission", TestSchool.STAFF).statusCode());
    var unknown = api.get(path + "missions", school.dean());
    assertEquals(400, unknown.statusCode());
    assertTrue(Api.json(unknown).getString("message").contains("missions"), unknown.body());
    JsonObject overall = Api.json(api.get(path + "overall&group=all", school.dean()));
    assertEquals("overall", overall.getString("measure"));
    assertEquals("All schools", overall.getString("group"));
    assertTrue(overall.containsKey("search"));
  }

  @Test
  void thePlanLinksOnlyResourcesTheQuestionnaireValidatorAccepted() {
    var api = new Api(base);
    TestSchool school = filled(api, RealisticFill.medicine());
    Questionnaire medicine =
        QuestionnaireCatalog.load(Path.of("questionnaires"))
            .current(Discipline.MEDICINE)
            .orElseThrow();
    Set<String> validated =
        QuestionnaireCatalog.load(Path.of("questionnaires")).guidance(medicine.key()).all().stream()
            .map(r -> r.url().toString())
            .collect(Collectors.toSet());
    JsonObject plan = Api.json(api.get(school.assessmentPath(CYCLE) + "/plan", school.dean()));
    assertEquals(8, plan.getJsonArray("modalities").size());
    assertTrue(
        plan.getJsonArray("modalities").stream()
            .allMatch(
                m ->
                    Set.of("beginning", "developing", "established", "leading")
                        .contains(m.asJsonObject().getString("phase"))));
    var steps = plan.getJsonArray("steps");
    assertFalse(steps.isEmpty());
    int links = 0;
    for (JsonValue step : steps) {
      assertTrue(step.asJsonObject().containsKey("quartile"), "the dean sees quartiles");
      for (JsonValue resource : step.asJsonObject().getJsonArray("resources")) {
        assertTrue(
            validated.contains(resource.asJsonObject().getString("url")), resource.toString());
        links++;
      }
      for (JsonValue question : step.asJsonObject().getJsonArray("questions")) {
        assertTrue(question.asJsonObject().getJsonNumber("pointsLeft").doubleValue() > 0);
        for (JsonValue resource : question.asJsonObject().getJsonArray("resources")) {
          assertTrue(
              validated.contains(resource.asJsonObject().getString("url")), resource.toString());
          links++;
        }
      }
    }
    assertTrue(links > 0, "the plan links resources");
    JsonObject forMember =
        Api.json(api.get(school.assessmentPath(CYCLE) + "/plan", school.member()));
    assertFalse(
        forMember.getJsonArray("modalities").getJsonObject(0).containsKey("quartile"),
        "quartiles rest on peers: leaders only");
  }

  @Test
  void theCrosswalksPointsPerPartAddUpToTheSchoolsPoints() {
    var api = new Api(base);
    TestSchool school = filled(api, RealisticFill.medicine());
    JsonObject scores = Api.json(api.get(school.assessmentPath(CYCLE) + "/scores", school.dean()));
    BigDecimal points =
        sum(
            scores.getJsonArray("modalities").stream()
                .map(m -> m.asJsonObject().getJsonNumber("points"))
                .toList());
    BigDecimal max =
        sum(
            scores.getJsonArray("modalities").stream()
                .map(m -> m.asJsonObject().getJsonNumber("max"))
                .toList());
    for (String framework : List.of("thenet", "aspire")) {
      var parts =
          Api.jsonArray(
              api.get(
                  school.assessmentPath(CYCLE) + "/crosswalk?framework=" + framework,
                  school.dean()));
      assertEquals(4, parts.size());
      assertEquals(
          points,
          sum(parts.stream().map(p -> p.asJsonObject().getJsonNumber("points")).toList()),
          framework);
      assertEquals(
          max,
          sum(parts.stream().map(p -> p.asJsonObject().getJsonNumber("max")).toList()),
          framework);
      assertTrue(
          parts.stream().anyMatch(p -> p.asJsonObject().containsKey("peerMedian")),
          "the medical schools of the release are reportable");
      var forMember =
          Api.jsonArray(
              api.get(
                  school.assessmentPath(CYCLE) + "/crosswalk?framework=" + framework,
                  school.member()));
      assertTrue(forMember.stream().noneMatch(p -> p.asJsonObject().containsKey("peerMedian")));
    }
    assertEquals(
        400,
        api.get(school.assessmentPath(CYCLE) + "/crosswalk?framework=who", school.dean())
            .statusCode());
  }

  @Test
  void theWhatIfJsonHasTheShapeTheApiPromises() {
    var api = new Api(base);
    TestSchool school = filled(api, RealisticFill.medicine());
    JsonObject whatIf = null;
    for (String measure : MODALITIES) {
      whatIf = whatIf(api, school, measure);
      if (whatIf.getString("status").equals("options")) {
        break;
      }
    }
    assertEquals("options", whatIf.getString("status"), whatIf.toString());
    assertTrue(MODALITIES.contains(whatIf.getString("measure")));
    JsonObject current = whatIf.getJsonObject("current");
    assertTrue(current.getJsonNumber("score").doubleValue() >= 0, current.toString());
    assertTrue(QUARTILES.contains(current.getString("quartile")), current.toString());
    JsonObject target = whatIf.getJsonObject("target");
    assertTrue(QUARTILES.contains(target.getString("quartile")), target.toString());
    assertTrue(
        QUARTILES.indexOf(target.getString("quartile"))
            == QUARTILES.indexOf(current.getString("quartile")) - 1,
        "the next quartile up: " + whatIf);
    assertTrue(
        target
                .getJsonNumber("score")
                .bigDecimalValue()
                .compareTo(current.getJsonNumber("score").bigDecimalValue())
            >= 0);
    var options = whatIf.getJsonArray("options");
    assertFalse(options.isEmpty());
    int previousChanges = 1;
    for (JsonValue value : options) {
      JsonObject option = value.asJsonObject();
      assertEquals(target.getString("quartile"), option.getString("quartile"), option.toString());
      assertTrue(
          option
                  .getJsonNumber("score")
                  .bigDecimalValue()
                  .compareTo(current.getJsonNumber("score").bigDecimalValue())
              > 0,
          option.toString());
      var changes = option.getJsonArray("changes");
      assertTrue(changes.size() >= previousChanges && changes.size() <= 2, "singles, then pairs");
      previousChanges = changes.size();
      for (JsonValue change : changes) {
        JsonObject c = change.asJsonObject();
        assertTrue(c.getString("question").contains("."), c.toString());
        assertTrue(
            c.containsKey("value") != c.containsKey("notApplicable"),
            "a value or not applicable: " + c);
        if (c.containsKey("notApplicable")) {
          assertEquals(JsonValue.TRUE, c.get("notApplicable"));
        }
      }
    }
    JsonObject top = whatIf(api, school, "overall");
    assertTrue(top.containsKey("current") && top.containsKey("options"), top.toString());
  }

  @Test
  void insightsRefuseWhatTheBenchmarkRefuses() {
    var api = new Api(base);
    TestSchool school = filled(api, RealisticFill.medicine());
    TestSchool other = TestSchool.create(api, "medicine");
    String insights = school.assessmentPath(CYCLE);
    for (String view : List.of("what-if?measure=overall", "plan", "crosswalk?framework=thenet")) {
      String and = view.contains("?") ? "&" : "?";
      var wrongGroup = api.get(insights + "/" + view + and + "group=everyone", school.dean());
      assertEquals(400, wrongGroup.statusCode(), view);
      assertTrue(Api.json(wrongGroup).getString("message").contains("everyone"), wrongGroup.body());
      assertEquals(
          400,
          api.get(insights + "/" + view + and + "region=atlantis", school.dean()).statusCode(),
          view);
      assertEquals(403, api.get(insights + "/" + view, other.dean()).statusCode(), view);
      assertEquals(403, api.get(insights + "/" + view, other.member()).statusCode(), view);
      assertEquals(
          404,
          api.get(school.assessmentPath(CYCLE - 5) + "/" + view, school.dean()).statusCode(),
          view + " of a cycle the school never took part in");
    }
    assertEquals(200, api.get(insights + "/plan", school.member()).statusCode(), "the team plans");
    assertEquals(
        200,
        api.get(insights + "/crosswalk?framework=aspire", school.member()).statusCode(),
        "the team sees its own points");
    var noFramework = api.get(insights + "/crosswalk", school.dean());
    assertEquals(400, noFramework.statusCode());
    assertTrue(Api.json(noFramework).getString("message").contains("thenet"), noFramework.body());
  }

  @Test
  void theCrosswalkJsonNamesEachPartWithItsTitleAndScore() {
    var api = new Api(base);
    TestSchool school = filled(api, RealisticFill.medicine());
    var parts =
        Api.jsonArray(
            api.get(school.assessmentPath(CYCLE) + "/crosswalk?framework=thenet", school.dean()));
    Set<String> ids = new HashSet<>();
    for (JsonValue value : parts) {
      JsonObject part = value.asJsonObject();
      ids.add(part.getString("part"));
      assertFalse(part.getString("title").isBlank(), part.toString());
      BigDecimal points = part.getJsonNumber("points").bigDecimalValue();
      BigDecimal max = part.getJsonNumber("max").bigDecimalValue();
      assertTrue(points.compareTo(max) <= 0, part.toString());
      if (max.signum() > 0) {
        assertEquals(
            points.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP),
            part.getJsonNumber("score").bigDecimalValue().setScale(1, RoundingMode.HALF_UP),
            part.toString());
      }
    }
    assertEquals(4, ids.size(), "four parts, each once: " + ids);
  }

  private static JsonObject whatIf(Api api, TestSchool school, String measure) {
    var response =
        api.get(
            school.assessmentPath(CYCLE) + "/what-if?measure=" + measure + "&group=discipline",
            school.dean());
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static JsonObject benchmark(Api api, TestSchool school) {
    var response = api.get("api/schools/" + school.code() + "/benchmarks/" + CYCLE, school.dean());
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static JsonObject measure(JsonObject benchmark, String measure) {
    JsonObject discipline = benchmark.getJsonArray("groups").getJsonObject(0);
    return discipline.getJsonArray("measures").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("measure").equals(measure))
        .findFirst()
        .orElseThrow();
  }

  private static JsonArrayBuilder changed(List<JsonObject> changes) {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (JsonObject change : changes) {
      var entry = Json.createObjectBuilder().add("question", change.getString("question"));
      if (change.containsKey("notApplicable")) {
        entry.add("notApplicable", true);
      } else {
        entry.add("value", change.get("value"));
      }
      batch.add(entry);
    }
    return batch;
  }

  private static JsonArrayBuilder restored(List<JsonObject> changes, Map<String, Answer> fill) {
    Map<String, Answer> before = new HashMap<>();
    changes.forEach(c -> before.put(c.getString("question"), fill.get(c.getString("question"))));
    JsonArrayBuilder batch = Json.createArrayBuilder();
    before.forEach((question, answer) -> batch.add(RealisticFill.entry(question, answer)));
    return batch;
  }

  private static BigDecimal sum(List<JsonNumber> numbers) {
    return numbers.stream()
        .map(JsonNumber::bigDecimalValue)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .stripTrailingZeros();
  }
}
