package org.socialmission.metrics.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * On what a school's points rest: per modality and overall, how many of its earned points come from
 * answers marked {@link DataQuality#VERIFIED verified}, {@link DataQuality#ESTIMATE estimate},
 * {@link DataQuality#NOT_TRACKED not tracked}, or not marked. Reported apart from the score: a
 * strong score on estimates reads differently from one on records. Usage:
 *
 * <pre>{@code
 * QualityShares shares = QualityShares.of(card, Map.of("debt.median-debt", DataQuality.ESTIMATE));
 * shares.modality("debt").share(DataQuality.ESTIMATE);   // e.g. 3/7 of the debt points
 * }</pre>
 */
public record QualityShares(List<Row> modalities, Row overall) {

  /** Freezes the rows. */
  public QualityShares {
    modalities = List.copyOf(modalities);
  }

  /**
   * The points of one modality (or overall, id {@code overall}) by mark.
   *
   * @param points every earned point
   * @param byMark earned points per mark; points of unmarked answers are not in it
   */
  public record Row(String id, BigDecimal points, Map<DataQuality, BigDecimal> byMark) {

    /** Freezes the map. */
    public Row {
      byMark = Map.copyOf(byMark);
    }

    /** The points resting on answers with this mark. */
    public BigDecimal pointsMarked(DataQuality mark) {
      return byMark.getOrDefault(mark, BigDecimal.ZERO);
    }

    /** The share (0–1) of the points resting on this mark; empty when nothing is earned. */
    public Optional<Ratio> share(DataQuality mark) {
      return points.signum() == 0
          ? Optional.empty()
          : Optional.of(Ratio.of(pointsMarked(mark), points));
    }

    /** The share as a percentage rounded to whole numbers, e.g. {@code 43}; empty as above. */
    public Optional<BigDecimal> percent(DataQuality mark) {
      return share(mark).map(r -> r.times(Ratio.of(BigDecimal.valueOf(100))).rounded(0));
    }
  }

  /** The shares of a score card under the school's marks (question id → mark). */
  public static QualityShares of(ScoreCard card, Map<String, DataQuality> marks) {
    List<Row> rows = new ArrayList<>();
    Map<DataQuality, BigDecimal> total = new EnumMap<>(DataQuality.class);
    BigDecimal totalPoints = BigDecimal.ZERO;
    for (ModalityScore modality : card.modalities()) {
      Map<DataQuality, BigDecimal> byMark = new EnumMap<>(DataQuality.class);
      for (QuestionScore question : modality.questions()) {
        DataQuality mark = marks.get(question.questionId());
        if (mark != null && question.status() == QuestionStatus.ANSWERED) {
          byMark.merge(mark, question.points(), BigDecimal::add);
          total.merge(mark, question.points(), BigDecimal::add);
        }
      }
      rows.add(new Row(modality.modalityId(), modality.points(), byMark));
      totalPoints = totalPoints.add(modality.points());
    }
    return new QualityShares(rows, new Row("overall", totalPoints, total));
  }

  /** The row of a modality. */
  public Row modality(String modalityId) {
    return modalities.stream()
        .filter(r -> r.id().equals(modalityId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown modality " + modalityId));
  }
}
