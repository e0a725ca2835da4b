package org.socialmission.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireLoader;

/** Which share of a school's points rests on estimates, verified records or nothing tracked. */
class QualitySharesTest {

  private static final Questionnaire SCORING =
      QuestionnaireLoader.load(Path.of("src/test/resources/questionnaires/scoring-v1.yaml"))
          .questionnaire()
          .orElseThrow();

  @Test
  void marksCodesAreReadLeniently() {
    assertEquals(Optional.of(DataQuality.NOT_TRACKED), DataQuality.ofCode("not tracked"));
    assertEquals(Optional.of(DataQuality.NOT_TRACKED), DataQuality.ofCode("Not_Tracked"));
    assertEquals(Optional.of(DataQuality.ESTIMATE), DataQuality.ofCode(" estimate "));
    assertEquals(Optional.empty(), DataQuality.ofCode("guess"));
    assertEquals(Optional.empty(), DataQuality.ofCode(null));
  }

  @Test
  void theShareOfAModalitysPointsOnEstimates() {
    var questions = SCORING.questions().stream().filter(q -> q.type().isScored()).toList();
    var first = questions.get(0);
    var card = QuestionnaireScorer.score(SCORING, Map.of(first.id(), best(first)));
    String modality = first.modalityId();
    QualityShares shares = QualityShares.of(card, Map.of(first.id(), DataQuality.ESTIMATE));
    QualityShares.Row row = shares.modality(modality);
    assertEquals(card.modality(modality).points(), row.points());
    assertEquals(row.points(), row.pointsMarked(DataQuality.ESTIMATE));
    assertEquals(Optional.of(new BigDecimal("100")), row.percent(DataQuality.ESTIMATE));
    assertEquals(Optional.of(new BigDecimal("0")), row.percent(DataQuality.VERIFIED));
    assertEquals(row.points(), shares.overall().pointsMarked(DataQuality.ESTIMATE));
  }

  @Test
  void withoutPointsThereIsNoShare() {
    var card = QuestionnaireScorer.score(SCORING, Map.of());
    QualityShares shares = QualityShares.of(card, Map.of());
    assertEquals(Optional.empty(), shares.overall().share(DataQuality.ESTIMATE));
  }

  private static Answer best(org.socialmission.metrics.questionnaire.Question question) {
    if (question.rule() instanceof org.socialmission.metrics.questionnaire.YesNoRule) {
      return Answer.yes();
    }
    if (question.rule() instanceof org.socialmission.metrics.questionnaire.ChoiceRule rule) {
      var top =
          rule.options().stream()
              .max(
                  java.util.Comparator.comparing(
                      org.socialmission.metrics.questionnaire.Option::points))
              .orElseThrow();
      return rule.multiple() ? Answer.choices(top.id()) : Answer.choice(top.id());
    }
    var rule = (org.socialmission.metrics.questionnaire.BandRule) question.rule();
    var band =
        rule.bands().stream()
            .max(
                java.util.Comparator.comparing(
                    org.socialmission.metrics.questionnaire.Band::points))
            .orElseThrow();
    return new Answer.Amount(band.from());
  }
}
