package org.socialmission.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.admin.peers.GeneratedSchool;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;

/**
 * The crosswalk on the real questionnaires: every point and every applicable maximum of a school
 * falls in exactly one THEnet part and one ASPIRE domain.
 */
class CrosswalkTest {

  private static final QuestionnaireCatalog CATALOG =
      QuestionnaireCatalog.load(Path.of("questionnaires"));
  private static final List<GeneratedSchool> SCHOOLS =
      new DemoPeerGenerator(CATALOG).generate(7L, 2026, 2023);

  @ParameterizedTest
  @EnumSource(Framework.class)
  void thePartsPointsAddUpToTheSchoolsPoints(Framework framework) {
    for (GeneratedSchool school : SCHOOLS.subList(0, 40)) {
      Questionnaire questionnaire =
          CATALOG.current(Discipline.ofCode(school.discipline()).orElseThrow()).orElseThrow();
      ScoreCard card = QuestionnaireScorer.score(questionnaire, school.answers(2026));
      List<Crosswalk.Part> parts = Crosswalk.of(questionnaire, card, framework);
      assertEquals(framework.parts(), parts.stream().map(Crosswalk.Part::part).toList());
      assertEquals(
          sum(card.modalities().stream().map(ModalityScore::points).toList()),
          sum(parts.stream().map(Crosswalk.Part::points).toList()),
          school.code());
      assertEquals(
          sum(card.modalities().stream().map(ModalityScore::max).toList()),
          sum(parts.stream().map(Crosswalk.Part::max).toList()));
      for (Crosswalk.Part part : parts) {
        part.score()
            .ifPresent(
                s ->
                    assertEquals(
                        Ratio.of(part.points(), part.max())
                            .times(Ratio.of(BigDecimal.valueOf(100))),
                        s));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Framework.class)
  void withoutAnswersEveryPartHasNoPointsOfItsMaximum(Framework framework) {
    Questionnaire medicine = CATALOG.current(Discipline.MEDICINE).orElseThrow();
    Map<String, Answer> answers = new HashMap<>();
    ScoreCard card = QuestionnaireScorer.score(medicine, answers);
    for (Crosswalk.Part part : Crosswalk.of(medicine, card, framework)) {
      assertEquals(BigDecimal.ZERO, part.points().stripTrailingZeros().abs());
      assertTrue(part.max().signum() > 0 || part.score().isEmpty(), part.toString());
    }
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
  }
}
