package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Guidance;
import org.socialmission.metrics.questionnaire.Phase;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.questionnaire.Resource;
import org.socialmission.metrics.report.NextSteps.Step;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;
import org.socialmission.metrics.testing.RealisticFill;

/** The next-steps plan on the real medicine questionnaire and its guidance files. */
class NextStepsPlannerTest {

  private static final QuestionnaireCatalog CATALOG =
      QuestionnaireCatalog.load(Path.of("questionnaires"));
  private static final Questionnaire MEDICINE = CATALOG.current(Discipline.MEDICINE).orElseThrow();
  private static final Guidance GUIDANCE = CATALOG.guidance(MEDICINE.key());
  private static final ScoreCard CARD =
      QuestionnaireScorer.score(MEDICINE, RealisticFill.medicine());

  @Test
  void withoutQuartilesTheWeakestModalitiesByScoreComeFirst() {
    NextSteps plan = NextStepsPlanner.plan(MEDICINE, GUIDANCE, CARD, Map.of());
    assertEquals(8, plan.modalities().size());
    List<BigDecimal> scores =
        plan.steps().stream().map(s -> s.modality().score().orElseThrow()).toList();
    assertEquals(NextStepsPlanner.MODALITIES, scores.size());
    assertEquals(scores.stream().sorted().toList(), scores);
    BigDecimal lowest =
        plan.modalities().stream()
            .map(m -> m.score().orElseThrow())
            .min(Comparator.naturalOrder())
            .orElseThrow();
    assertEquals(lowest, scores.get(0));
  }

  @Test
  void theLowestQuartileComesBeforeALowerScore() {
    NextSteps byScore = NextStepsPlanner.plan(MEDICINE, GUIDANCE, CARD, Map.of());
    String weakest = byScore.steps().get(0).modality().modalityId();
    String strongest =
        byScore.modalities().stream()
            .max(Comparator.comparing(m -> m.score().orElseThrow()))
            .orElseThrow()
            .modalityId();
    Map<String, Quartile> quartiles = Map.of(weakest, Quartile.THIRD, strongest, Quartile.FOURTH);
    NextSteps plan = NextStepsPlanner.plan(MEDICINE, GUIDANCE, CARD, quartiles);
    assertEquals(strongest, plan.steps().get(0).modality().modalityId());
    assertEquals(Quartile.FOURTH, plan.steps().get(0).modality().quartile().orElseThrow());
  }

  @Test
  void questionsWithTheMostPointsLeftWithResourcesOnlyFromTheGuidance() {
    NextSteps plan = NextStepsPlanner.plan(MEDICINE, GUIDANCE, CARD, Map.of());
    Set<Resource> validated = Set.copyOf(GUIDANCE.all());
    for (Step step : plan.steps()) {
      List<BigDecimal> left = step.questions().stream().map(q -> q.pointsLeft()).toList();
      assertTrue(left.size() <= NextStepsPlanner.QUESTIONS);
      assertEquals(left.stream().sorted(Comparator.reverseOrder()).toList(), left);
      assertTrue(left.stream().allMatch(l -> l.signum() > 0));
      assertTrue(validated.containsAll(step.resources()));
      step.questions().forEach(q -> assertTrue(validated.containsAll(q.resources())));
      assertEquals(GUIDANCE.modality(step.modality().modalityId()), step.resources());
    }
    assertTrue(
        plan.steps().stream()
            .flatMap(s -> s.questions().stream())
            .anyMatch(q -> !q.resources().isEmpty()));
  }

  @Test
  void everyModalityHasThePhaseOfItsScore() {
    NextSteps plan = NextStepsPlanner.plan(MEDICINE, GUIDANCE, CARD, Map.of());
    Map<String, Phase> phases =
        plan.modalities().stream()
            .collect(Collectors.toMap(m -> m.modalityId(), m -> m.phase().orElseThrow()));
    plan.modalities()
        .forEach(
            m ->
                assertEquals(
                    GUIDANCE.phases(m.modalityId()).orElseThrow().phaseOf(m.score().orElseThrow()),
                    phases.get(m.modalityId())));
    assertEquals(
        List.of(),
        NextStepsPlanner.plan(MEDICINE, Guidance.NONE, CARD, Map.of()).modalities().stream()
            .filter(m -> m.phase().isPresent())
            .toList(),
        "no guidance, no phases");
  }
}
