package org.socialmission.metrics.admin.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.socialmission.metrics.admin.export.ResearchCell.Category;
import org.socialmission.metrics.admin.export.ResearchCell.Range;
import org.socialmission.metrics.admin.export.ResearchCell.Withheld;

/**
 * Codes one column within one group of rows that show the same attributes, so that every value it
 * shows is held by at least k of them:
 *
 * <ol>
 *   <li>numbers fall in bands (the questionnaire's own, or ten points for scores); adjacent bands
 *       merge from the bottom up until each merged band holds k values, and a remainder at the top
 *       merges into the band below it (bottom- and top-coding); a merged band reaches from the
 *       lowest to the highest of its bands that hold a value;
 *   <li>then every value held by fewer than k rows (an answer few gave, "not applicable", no
 *       answer, or numbers when fewer than k rows have one) is withheld; and if the withheld rows
 *       number fewer than k, the column is withheld for the whole group, since a small withheld set
 *       next to shown values would itself single those rows out.
 * </ol>
 */
final class ColumnCoder {

  private ColumnCoder() {}

  /** A value before coding: a number, or a category such as {@code yes} or {@code NA}. */
  sealed interface Raw {
    /** A number of a range column. */
    record Number(BigDecimal value) implements Raw {}

    /** Any other value. */
    record Text(Category category) implements Raw {}
  }

  /**
   * The coded cells, in the order of {@code values}.
   *
   * @param limits the lower limits of the bands, ascending (empty for a category column)
   */
  static List<ResearchCell> code(List<Raw> values, List<BigDecimal> limits, int k) {
    List<ResearchCell> cells = ranged(values, limits, k);
    Set<ResearchCell> withheld = Withholding.withheld(cells, Function.identity(), k);
    return cells.stream()
        .map(c -> withheld.contains(c) ? (ResearchCell) new Withheld() : c)
        .toList();
  }

  private static List<ResearchCell> ranged(List<Raw> values, List<BigDecimal> limits, int k) {
    int[] counts = new int[Math.max(1, limits.size())];
    for (Raw value : values) {
      if (value instanceof Raw.Number number) {
        counts[band(number.value(), limits)]++;
      }
    }
    int[][] merged = merge(counts, k);
    List<ResearchCell> cells = new ArrayList<>();
    for (Raw value : values) {
      if (value instanceof Raw.Number number) {
        cells.add(range(merged[band(number.value(), limits)], limits));
      } else {
        cells.add(((Raw.Text) value).category());
      }
    }
    return cells;
  }

  /** The band of a number: the last whose lower limit it reaches (the first for lower numbers). */
  private static int band(BigDecimal value, List<BigDecimal> limits) {
    int band = 0;
    for (int i = 0; i < limits.size(); i++) {
      if (value.compareTo(limits.get(i)) >= 0) {
        band = i;
      }
    }
    return band;
  }

  /**
   * The merged bands: from the bottom, adjacent bands that hold values join until together they
   * hold k, a remainder at the top joins the last of them; each reaches from its lowest to its
   * highest band that holds a value. For every band, the merged band it belongs to as {@code
   * {first, last}}; null for bands that hold no value.
   */
  private static int[][] merge(int[] counts, int k) {
    List<int[]> merged = new ArrayList<>();
    int first = -1;
    int last = -1;
    int held = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        continue;
      }
      first = first < 0 ? i : first;
      last = i;
      held += counts[i];
      if (held >= k) {
        merged.add(new int[] {first, last});
        first = -1;
        held = 0;
      }
    }
    if (held > 0) {
      if (merged.isEmpty()) {
        merged.add(new int[] {first, last});
      } else {
        merged.get(merged.size() - 1)[1] = last;
      }
    }
    int[][] of = new int[counts.length][];
    for (int[] band : merged) {
      for (int i = band[0]; i <= band[1]; i++) {
        of[i] = band;
      }
    }
    return of;
  }

  private static Range range(int[] merged, List<BigDecimal> limits) {
    BigDecimal lower = limits.isEmpty() ? BigDecimal.ZERO : limits.get(merged[0]);
    Optional<BigDecimal> upper =
        merged[1] + 1 < limits.size() ? Optional.of(limits.get(merged[1] + 1)) : Optional.empty();
    return new Range(lower, upper);
  }
}
