package org.socialmission.metrics.questionnaire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;

/** The packaged questionnaires load at start-up and are public by API and preview page. */
@ExtendWith(ArquillianExtension.class)
class QuestionnaireIT {

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

  @ArquillianResource private URL base;

  @Test
  void listNamesTheQuestionnaireOfEachDisciplineWithoutSigningIn() {
    var response = new Api(base).get("api/questionnaires", null, null);
    assertEquals(200, response.statusCode());
    JsonArray list = Json.createReader(new StringReader(response.body())).readArray();
    List<String> disciplines =
        list.stream()
            .flatMap(
                q ->
                    q
                        .asJsonObject()
                        .getJsonArray("disciplines")
                        .getValuesAs(JsonString.class)
                        .stream())
            .map(JsonString::getString)
            .sorted()
            .toList();
    assertEquals(List.of("dentistry", "medicine", "nursing"), disciplines);
  }

  @Test
  void fullQuestionnaireSpellsOutModalitiesAndScoring() {
    JsonObject medicine = Api.json(new Api(base).get("api/questionnaires/medicine", null, null));
    assertEquals(1, medicine.getInt("version"));
    JsonArray modalities = medicine.getJsonArray("modalities");
    assertEquals(
        MODALITIES, modalities.stream().map(m -> m.asJsonObject().getString("id")).toList());
    JsonObject debt = modalities.getJsonObject(5);
    JsonObject medianDebt =
        debt.getJsonArray("questions").stream()
            .map(q -> q.asJsonObject())
            .filter(q -> q.getString("type").equals("number") && q.containsKey("bands"))
            .findFirst()
            .orElseThrow();
    assertTrue(medianDebt.getJsonArray("bands").size() >= 2, medianDebt.toString());
    assertTrue(medianDebt.containsKey("thenet") && medianDebt.containsKey("aspire"));
    long conditional =
        modalities.stream()
            .flatMap(m -> m.asJsonObject().getJsonArray("questions").stream())
            .filter(q -> q.asJsonObject().containsKey("showWhen"))
            .count();
    assertTrue(conditional > 0, "conditions are part of the document");
  }

  @Test
  void unknownQuestionnaireIs404() {
    assertEquals(404, new Api(base).get("api/questionnaires/veterinary", null, null).statusCode());
    assertEquals(
        404, new Api(base).get("api/questionnaires/medicine?version=99", null, null).statusCode());
  }

  @Test
  void previewShowsQuestionsWithTheirPoints() {
    var page = new PageSession(base).get("questionnaires/preview.xhtml?id=nursing&modality=debt");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Debt management"));
    assertTrue(page.body().contains("Points"), "scoring table");
    assertTrue(page.body().contains("or more"), "an open-ended band");
  }

  @Test
  void previewListsAllQuestionnaires() {
    var page = new PageSession(base).get("questionnaires/index.xhtml");
    assertEquals(200, page.statusCode());
    for (String title : List.of("medical schools", "nursing schools", "dental schools")) {
      assertTrue(page.body().contains(title), title);
    }
  }

  @Test
  void openApiDocumentsTheQuestionnaireApi() {
    String openApi = new Api(base).getFromServerRoot("/openapi").body();
    assertTrue(openApi.contains("/api/questionnaires/{id}"), openApi);
  }
}
