package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.benchmark.DisplayPrecision;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Guidance;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.report.NextSteps.ModalityStanding;
import org.socialmission.metrics.report.NextSteps.QuestionStep;
import org.socialmission.metrics.report.NextSteps.Step;
import org.socialmission.metrics.scoring.QuestionScore;
import org.socialmission.metrics.scoring.QuestionStatus;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Plans a school's next steps from its scores, its quartiles and its questionnaire's guidance.
 * Pure. Usage:
 *
 * <pre>{@code
 * NextSteps plan = NextStepsPlanner.plan(questionnaire, guidance, card, quartilesByModality);
 * }</pre>
 *
 * <p>The rules: the weakest modalities are those in the lowest quartile first, then by lowest score
 * (modalities without a known quartile after those with one, by score); at most {@value
 * #MODALITIES} of them, and only those with points left. In each, the questions with the most
 * points left (maximum − points of a shown, applicable, scored question; ties in questionnaire
 * order), at most {@value #QUESTIONS}. Resources and phases come only from the guidance files,
 * which the questionnaire loader validated.
 */
public final class NextStepsPlanner {

  /** How many weak modalities a plan names. */
  public static final int MODALITIES = 3;

  /** How many questions per weak modality. */
  public static final int QUESTIONS = 3;

  private NextStepsPlanner() {}

  /**
   * @param quartiles each modality's quartile against the chosen peer group, where known
   */
  public static NextSteps plan(
      Questionnaire questionnaire,
      Guidance guidance,
      ScoreCard card,
      Map<String, Quartile> quartiles) {
    Scores scores = Scores.of(card);
    List<ModalityStanding> standings =
        questionnaire.modalities().stream()
            .map(m -> standing(m, scores, guidance, quartiles))
            .toList();
    List<Step> steps =
        standings.stream()
            .filter(s -> s.score().isPresent())
            .sorted(WEAKEST_FIRST)
            .map(s -> step(s, questionnaire.modality(s.modalityId()), card, guidance))
            .filter(step -> !step.questions().isEmpty())
            .limit(MODALITIES)
            .toList();
    return new NextSteps(standings, steps);
  }

  private static final Comparator<ModalityStanding> WEAKEST_FIRST =
      Comparator.comparing(
              (ModalityStanding s) -> s.quartile().map(q -> -q.ordinal()).orElse(Integer.MAX_VALUE))
          .thenComparing(s -> s.score().orElseThrow());

  private static ModalityStanding standing(
      Modality modality, Scores scores, Guidance guidance, Map<String, Quartile> quartiles) {
    Optional<BigDecimal> score = scores.of(modality.id());
    return new ModalityStanding(
        modality.id(),
        modality.title(),
        score.map(DisplayPrecision::round),
        Optional.ofNullable(quartiles.get(modality.id())),
        score.flatMap(s -> guidance.phases(modality.id()).map(scale -> scale.phaseOf(s))));
  }

  private static Step step(
      ModalityStanding standing, Modality modality, ScoreCard card, Guidance guidance) {
    List<QuestionStep> questions =
        modality.questions().stream()
            .filter(q -> q.type().isScored())
            .map(q -> question(q, card.question(q.id()), guidance))
            .filter(q -> q.pointsLeft().signum() > 0)
            .sorted(Comparator.comparing(QuestionStep::pointsLeft).reversed())
            .limit(QUESTIONS)
            .toList();
    return new Step(standing, guidance.modality(modality.id()), questions);
  }

  private static QuestionStep question(Question question, QuestionScore score, Guidance guidance) {
    boolean counts =
        score.status() == QuestionStatus.ANSWERED || score.status() == QuestionStatus.UNANSWERED;
    BigDecimal left = counts ? score.max().subtract(score.points()) : BigDecimal.ZERO;
    return new QuestionStep(
        question.id(),
        question.text(),
        score.points(),
        score.max(),
        left,
        guidance.question(question.id()));
  }
}
