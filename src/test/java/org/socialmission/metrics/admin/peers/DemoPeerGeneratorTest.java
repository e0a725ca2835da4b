package org.socialmission.metrics.admin.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/** The demo peers have the survey's shape and plausible, valid answers. */
class DemoPeerGeneratorTest {

  private static final int CURRENT = 2026;
  private static final int EARLIER = 2023;

  private static QuestionnaireCatalog catalog;
  private static List<GeneratedSchool> schools;

  @BeforeAll
  static void generate() {
    catalog = QuestionnaireCatalog.load(Path.of("questionnaires"));
    schools = new DemoPeerGenerator(catalog).generate(2019L, CURRENT, EARLIER);
  }

  private static ScoreCard score(GeneratedSchool school, int cycle) {
    return QuestionnaireScorer.score(
        catalog.current(Discipline.ofCode(school.discipline()).orElseThrow()).orElseThrow(),
        school.answers(cycle));
  }

  private static double overall(GeneratedSchool school, int cycle) {
    return score(school, cycle).overall().orElseThrow().rounded(6).doubleValue();
  }

  private static double mean(Predicate<GeneratedSchool> which, int cycle) {
    return schools.stream()
        .filter(which)
        .mapToDouble(s -> overall(s, cycle))
        .average()
        .orElseThrow();
  }

  @Test
  void countsFollowTheSurvey() {
    Map<String, Long> counts =
        schools.stream()
            .collect(Collectors.groupingBy(GeneratedSchool::discipline, Collectors.counting()));
    assertEquals(Map.of("medicine", 83L, "nursing", 133L, "dentistry", 26L), counts);
  }

  @Test
  void codesContinueAfterTheHandMadeSchoolsAndNamesAreUnique() {
    Set<String> codes = schools.stream().map(GeneratedSchool::code).collect(Collectors.toSet());
    assertEquals(242, codes.size());
    assertTrue(
        codes.containsAll(
            Set.of("MED-0002", "MED-0084", "NUR-0002", "NUR-0134", "DEN-0002", "DEN-0027")));
    assertTrue(codes.stream().noneMatch(c -> c.endsWith("-0001")));
    assertEquals(242, schools.stream().map(GeneratedSchool::name).distinct().count());
    assertTrue(schools.stream().allMatch(s -> s.name().matches("[A-Z][a-z]+ [A-Za-z ]+")));
  }

  @Test
  void everyDisciplineHasBothOwnershipsAndAllRegions() {
    for (String discipline : List.of("medicine", "nursing", "dentistry")) {
      List<GeneratedSchool> ofDiscipline =
          schools.stream().filter(s -> s.discipline().equals(discipline)).toList();
      assertEquals(
          EnumSet.allOf(Ownership.class),
          ofDiscipline.stream().map(GeneratedSchool::ownership).collect(Collectors.toSet()));
      assertEquals(
          EnumSet.allOf(Region.class),
          ofDiscipline.stream().map(GeneratedSchool::region).collect(Collectors.toSet()));
      long publicCount =
          ofDiscipline.stream().filter(s -> s.ownership() == Ownership.PUBLIC).count();
      double share = (double) publicCount / ofDiscipline.size();
      assertTrue(share > 0.5 && share < 0.7, discipline + " public share " + share);
    }
  }

  @Test
  void enrollmentIsPlausible() {
    assertTrue(schools.stream().allMatch(s -> s.enrollment() >= 60 && s.enrollment() < 6000));
  }

  @Test
  void everyAssessmentIsValidAndComplete() {
    for (GeneratedSchool school : schools) {
      for (int cycle : List.of(CURRENT, EARLIER)) {
        ScoreCard card = score(school, cycle);
        assertEquals(card.required(), card.answeredRequired(), school.code() + " " + cycle);
        assertTrue(card.overall().isPresent());
      }
    }
  }

  @Test
  void publicSchoolsScoreHigherAndEarlierCyclesLower() {
    double publicMean = mean(s -> s.ownership() == Ownership.PUBLIC, CURRENT);
    double privateMean = mean(s -> s.ownership() == Ownership.PRIVATE, CURRENT);
    assertTrue(publicMean > privateMean, publicMean + " vs " + privateMean);
    assertTrue(mean(s -> true, EARLIER) < mean(s -> true, CURRENT));
  }

  @Test
  void scoresSpreadAcrossTheScale() {
    double min = schools.stream().mapToDouble(s -> overall(s, CURRENT)).min().orElseThrow();
    double max = schools.stream().mapToDouble(s -> overall(s, CURRENT)).max().orElseThrow();
    assertTrue(min < 35 && max > 65, min + " to " + max);
  }

  @Test
  void modalitiesCorrelateWithinSchools() {
    double[] mission = modality("mission");
    double[] curriculum = modality("curriculum");
    assertTrue(correlation(mission, curriculum) > 0.2, "r = " + correlation(mission, curriculum));
  }

  private static double[] modality(String id) {
    return schools.stream()
        .mapToDouble(
            s -> score(s, CURRENT).modality(id).score().orElseThrow().rounded(6).doubleValue())
        .toArray();
  }

  private static double correlation(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElseThrow();
    double my = Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Test
  void someEvidenceLooksLikeAFormula() {
    List<String> texts =
        schools.stream()
            .flatMap(s -> s.answers(CURRENT).values().stream())
            .filter(Answer.Text.class::isInstance)
            .map(a -> ((Answer.Text) a).text())
            .toList();
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("=HYPERLINK(")));
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("+1 program")));
    assertTrue(texts.size() > 100);
  }

  @Test
  void notApplicableIsUsedSomewhere() {
    assertTrue(
        schools.stream()
            .flatMap(s -> s.answers(CURRENT).values().stream())
            .anyMatch(Answer.NotApplicable.class::isInstance));
  }

  @Test
  void sameSeedSameSchoolsOtherSeedOthers() {
    DemoPeerGenerator generator = new DemoPeerGenerator(catalog);
    assertEquals(schools, generator.generate(2019L, CURRENT, EARLIER));
    assertNotEquals(schools, generator.generate(2020L, CURRENT, EARLIER));
  }
}
