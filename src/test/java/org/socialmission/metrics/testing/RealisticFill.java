package org.socialmission.metrics.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.admin.peers.GeneratedSchool;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/**
 * A realistic fill of a medical school's assessment for ITs: the answers the demo data's generator
 * gives the medical school at about the 35th percentile overall (another seed than the demo's
 * peers), as the JSON batch the API takes.
 */
public final class RealisticFill {

  private static final QuestionnaireCatalog CATALOG =
      QuestionnaireCatalog.load(Path.of("questionnaires"));

  private RealisticFill() {}

  /** The answers, by question id. */
  public static Map<String, Answer> medicine() {
    Questionnaire medicine = CATALOG.current(Discipline.MEDICINE).orElseThrow();
    List<GeneratedSchool> schools =
        new DemoPeerGenerator(CATALOG)
            .generate(77L, 2026, 2023).stream()
                .filter(s -> s.discipline().equals("medicine"))
                .sorted(
                    Comparator.comparing(
                        s ->
                            Scores.of(QuestionnaireScorer.score(medicine, s.answers(2026)))
                                .of(Scores.OVERALL)
                                .orElseThrow()))
                .toList();
    return schools.get(schools.size() * 35 / 100).answers(2026);
  }

  /** The answers as the API's batch: {@code [{"question", "value" | "notApplicable"}]}. */
  public static JsonArray batch(Map<String, Answer> answers) {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    answers.forEach((question, answer) -> batch.add(entry(question, answer)));
    return batch.build();
  }

  /** One entry of a batch. */
  public static JsonObjectBuilder entry(String question, Answer answer) {
    JsonObjectBuilder entry = Json.createObjectBuilder().add("question", question);
    if (answer instanceof Answer.YesNo a) {
      return entry.add("value", a.yes());
    }
    if (answer instanceof Answer.Choice a) {
      return entry.add("value", a.optionId());
    }
    if (answer instanceof Answer.Choices a) {
      JsonArrayBuilder ids = Json.createArrayBuilder();
      a.optionIds().stream().sorted().forEach(ids::add);
      return entry.add("value", ids);
    }
    if (answer instanceof Answer.Amount a) {
      return entry.add("value", a.value());
    }
    if (answer instanceof Answer.Text a) {
      return entry.add("value", a.text());
    }
    return entry.add("notApplicable", true);
  }
}
