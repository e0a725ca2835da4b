package org.socialmission.metrics.admin.export;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;

/**
 * Schools for export tests, built from the real questionnaires. Each school's overall score is its
 * number, so a test can tell the schools apart behind their pseudonyms; every school answers a few
 * questions of each kind, including a confidential free text.
 */
final class ResearchFixture {

  static final String SECRET =
      "Dean Alvarez negotiates with St. Mary's about closing the rural clinic";
  static final QuestionnaireCatalog CATALOG = QuestionnaireCatalog.load(Path.of("questionnaires"));

  private ResearchFixture() {}

  static Questionnaire questionnaire(String discipline) {
    return CATALOG.current(Discipline.ofCode(discipline).orElseThrow()).orElseThrow();
  }

  static ResearchInput school(int number, String discipline, Ownership ownership, Region region) {
    Map<String, BigDecimal> scores = new HashMap<>();
    Scores.MEASURES.forEach(m -> scores.put(m, new BigDecimal("50.04")));
    scores.put(Scores.OVERALL, BigDecimal.valueOf(number));
    scores.remove("debt");
    Map<String, Answer> answers =
        Map.of(
            "mission.equity-statement", Answer.yes(),
            "mission.plan-targets", Answer.choices("workforce-diversity", "equity-research"),
            "mission.equity-research-share", Answer.notApplicable(),
            "pipeline.pathway-participants", Answer.amount("12.50"),
            "mission.evidence", Answer.text(SECRET));
    return new ResearchInput(
        discipline, ownership, region, new Scores(scores), answers, questionnaire(discipline));
  }

  /**
   * A public medical school in the South with one answer in its text form (a number, yes/no), its
   * overall score being its number.
   */
  static ResearchInput withAnswer(int number, String questionId, String value) {
    Questionnaire questionnaire = questionnaire("medicine");
    Question question =
        questionnaire.questions().stream()
            .filter(q -> q.id().equals(questionId))
            .findFirst()
            .orElseThrow();
    return new ResearchInput(
        "medicine",
        Ownership.PUBLIC,
        Region.SOUTH,
        new Scores(Map.of(Scores.OVERALL, BigDecimal.valueOf(number))),
        Map.of(questionId, AnswerCodec.parse(question, value)),
        questionnaire);
  }

  /** Adds {@code count} schools of one cell, numbered on from the list's size. */
  static void add(
      List<ResearchInput> schools,
      int count,
      String discipline,
      Ownership ownership,
      Region region) {
    for (int i = 0; i < count; i++) {
      schools.add(school(schools.size() + 1, discipline, ownership, region));
    }
  }

  /** Thirty medical schools, public and private, in every region with at least five each. */
  static List<ResearchInput> thirtyMedicalSchools() {
    List<ResearchInput> schools = new ArrayList<>();
    for (Region region : List.of(Region.NORTHEAST, Region.SOUTH, Region.WEST)) {
      add(schools, 5, "medicine", Ownership.PUBLIC, region);
      add(schools, 5, "medicine", Ownership.PRIVATE, region);
    }
    return schools;
  }

  /** The overall score, which is the school's number. */
  static int number(ResearchInput school) {
    return school.scores().of(Scores.OVERALL).orElseThrow().intValueExact();
  }
}
