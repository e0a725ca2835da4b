package org.socialmission.metrics.assessment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.questionnaire.QuestionnaireLoader;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

class ResultsViewTest {

  private static final String TITLE = "School \"mission\"\tand \\ more";

  /** The scoring fixture with a first modality title that JSON must escape. */
  private static Questionnaire questionnaire(Path dir) throws IOException {
    String yaml =
        Files.readString(Path.of("src/test/resources/questionnaires/scoring-v1.yaml"))
            .replaceFirst(
                "(?m)^    title: School mission$",
                "    title: \"School \\\\\"mission\\\\\"\\\\tand \\\\\\\\ more\"");
    Path file = dir.resolve("scoring-v1.yaml");
    Files.writeString(file, yaml);
    return QuestionnaireLoader.load(file).orThrow();
  }

  @Test
  void theChartIsJsonWhateverTheTitlesHold(@TempDir Path dir) throws IOException {
    Questionnaire questionnaire = questionnaire(dir);
    assertEquals(TITLE, questionnaire.modalities().get(0).title());
    var card = QuestionnaireScorer.score(questionnaire, Map.of("mission.yes", Answer.yes()));
    String json = ResultsView.chart(questionnaire, card, "Score (0-100)");
    JsonObject chart;
    try (var reader = Json.createReader(new StringReader(json))) {
      chart = reader.readObject();
    }
    var data = chart.getJsonObject("data");
    assertEquals(
        TITLE,
        String.join(
            " ", data.getJsonArray("labels").getJsonArray(0).getValuesAs(JsonString::getString)));
    var series = data.getJsonArray("datasets").getJsonObject(0);
    assertEquals("Score (0-100)", series.getString("label"));
    assertEquals(
        card.modality("mission").score().orElseThrow().rounded(1),
        series.getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    assertEquals(
        100,
        chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getInt("max"));
  }

  @Test
  void everyModalityTitleOfTheQuestionnairesFitsTwoChartLines() {
    var catalog = QuestionnaireCatalog.load(Path.of("questionnaires"));
    for (Discipline discipline : Discipline.values()) {
      for (var modality : catalog.current(discipline).orElseThrow().modalities()) {
        var lines = ResultsView.lines(modality.title()).build();
        assertTrue(lines.size() <= 2, "three lines run into the next label in the chart: " + lines);
      }
    }
  }
}
