package org.socialmission.metrics.benchmark;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.admin.peers.GeneratedSchool;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/**
 * The demo data's 242 peer schools of 2026, generated as the application generates them, on the
 * real questionnaires; and a "demo school after a realistic fill": a medical school of the same
 * generator whose overall score lies in the third quartile of its discipline, under the code of the
 * demo school MED-0001 so that it is not its own peer.
 */
final class DemoCohort {

  static final int CYCLE = 2026;
  static final QuestionnaireCatalog CATALOG = QuestionnaireCatalog.load(Path.of("questionnaires"));
  static final List<GeneratedSchool> SCHOOLS =
      new DemoPeerGenerator(CATALOG).generate(2019L, CYCLE, 2023);

  private DemoCohort() {}

  static Questionnaire medicine() {
    return CATALOG.current(Discipline.MEDICINE).orElseThrow();
  }

  /** Every generated school as the release holds it. */
  static List<SchoolEntry> cohort() {
    return SCHOOLS.stream().map(DemoCohort::entry).toList();
  }

  static SchoolEntry entry(GeneratedSchool school) {
    Questionnaire questionnaire =
        CATALOG.current(Discipline.ofCode(school.discipline()).orElseThrow()).orElseThrow();
    return new SchoolEntry(
        school.code(),
        school.discipline(),
        school.ownership(),
        school.region(),
        school.enrollment(),
        Scores.of(QuestionnaireScorer.score(questionnaire, school.answers(CYCLE))));
  }

  /**
   * The realistic fill: the answers of the medical school ranked at about the 35th percentile
   * overall among the generated medical schools.
   */
  static Map<String, Answer> realisticFill() {
    List<GeneratedSchool> medicine =
        SCHOOLS.stream()
            .filter(s -> s.discipline().equals("medicine"))
            .sorted(Comparator.comparing(s -> entry(s).scores().of(Scores.OVERALL).orElseThrow()))
            .toList();
    return medicine.get(medicine.size() * 35 / 100).answers(CYCLE);
  }

  /** The demo school MED-0001 with these attributes; its scores come from the answers. */
  static SchoolEntry demoSchool() {
    GeneratedSchool any = SCHOOLS.get(0);
    return new SchoolEntry(
        "MED-0001", "medicine", any.ownership(), any.region(), 640, new Scores(Map.of()));
  }
}
