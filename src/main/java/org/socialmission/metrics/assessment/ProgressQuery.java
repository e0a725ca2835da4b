package org.socialmission.metrics.assessment;

import java.util.Locale;
import java.util.Set;

/**
 * One page of the completion table of a cycle, filtered and sorted in the database.
 *
 * @param code part of the school code, any letter case; null for any
 * @param name part of the school name, any letter case; null for any
 * @param discipline the discipline's name exactly; null for any
 * @param state the state exactly ({@link AssessmentState#NOT_STARTED} also for schools without an
 *     assessment); null for any
 * @param sort one of {@link #SORTS}; null for school code
 * @param ascending the sort direction
 */
public record ProgressQuery(
    int cycle,
    String code,
    String name,
    String discipline,
    AssessmentState state,
    String sort,
    boolean ascending,
    int first,
    int max) {

  /**
   * The columns a page can be sorted on: code, name, discipline, state, percent, lastActivity and
   * each modality id (its completion).
   */
  public static final Set<String> SORTS =
      Set.of(
          "code",
          "name",
          "discipline",
          "state",
          "percent",
          "lastActivity",
          "mission",
          "pipeline",
          "admissions",
          "curriculum",
          "clinical",
          "debt",
          "mentoring",
          "graduates");

  /** Checks the sort column and the page bounds. */
  public ProgressQuery {
    if (sort != null && !SORTS.contains(sort)) {
      throw new IllegalArgumentException("cannot sort on " + sort);
    }
    if (first < 0 || max < 1) {
      throw new IllegalArgumentException("bad page " + first + "+" + max);
    }
  }

  /** Every school of the cycle in code order, unfiltered. */
  public static ProgressQuery all(int cycle) {
    return new ProgressQuery(cycle, null, null, null, null, null, true, 0, Integer.MAX_VALUE);
  }

  /** A LIKE pattern for "contains", in lower case, with LIKE's wildcards taken literally. */
  static String contains(String part) {
    String escaped =
        part.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
