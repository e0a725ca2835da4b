package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.scoring.ModalityScore;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * A school's scores (0–100) by measure: {@link #OVERALL} and the eight modality ids. A measure that
 * is undefined for the school (every question not applicable) is simply absent.
 *
 * <p>Invariant: keys are among {@link #MEASURES}.
 */
public record Scores(Map<String, BigDecimal> byMeasure) {

  /** The measure id of the overall score. */
  public static final String OVERALL = "overall";

  /** Every measure in report order: overall, then the modalities in questionnaire order. */
  public static final List<String> MEASURES =
      Stream.concat(Stream.of(OVERALL), Modality.IDS.stream()).toList();

  /** Checks the keys and freezes the map. */
  public Scores {
    byMeasure = Map.copyOf(byMeasure);
    byMeasure.keySet().stream()
        .filter(id -> !MEASURES.contains(id))
        .findAny()
        .ifPresent(
            id -> {
              throw new IllegalArgumentException("unknown measure " + id);
            });
  }

  /** The scores of a score card, exact fractions turned into 16-digit decimals. */
  public static Scores of(ScoreCard card) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    card.overall().ifPresent(r -> scores.put(OVERALL, r.toBigDecimal(MathContext.DECIMAL64)));
    for (ModalityScore modality : card.modalities()) {
      modality
          .score()
          .ifPresent(r -> scores.put(modality.modalityId(), r.toBigDecimal(MathContext.DECIMAL64)));
    }
    return new Scores(scores);
  }

  /** Whether both define the same measures with numerically equal scores (scale aside). */
  public boolean sameAs(Scores other) {
    if (!byMeasure.keySet().equals(other.byMeasure.keySet())) {
      return false;
    }
    return byMeasure.entrySet().stream()
        .allMatch(e -> e.getValue().compareTo(other.byMeasure.get(e.getKey())) == 0);
  }

  /** The score of a measure, empty when it is undefined for the school. */
  public Optional<BigDecimal> of(String measureId) {
    return Optional.ofNullable(byMeasure.get(measureId));
  }
}
