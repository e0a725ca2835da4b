package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The schools of a cohort (a benchmark release) arranged for peer groups: for each group key, once,
 * its members and each measure's values sorted with their sum. A subject school is then left out of
 * a group by index arithmetic, not by copying, so that a school's statistics cost a few binary
 * searches however large the cohort. Immutable once built apart from its memo, and safe to share
 * between threads; a release keeps one for its lifetime. Usage:
 *
 * <pre>{@code
 * PeerIndex index = new PeerIndex(releaseSchools);
 * anonymizer.benchmark(subject, index, withheld, spec, random, false);
 * }</pre>
 */
public final class PeerIndex {

  /** Best overall score first, schools without one last. */
  static final Comparator<SchoolEntry> BEST_OVERALL_FIRST =
      Comparator.comparing(
          (SchoolEntry s) -> s.scores().of(Scores.OVERALL).orElse(null),
          Comparator.nullsLast(Comparator.reverseOrder()));

  private final List<SchoolEntry> cohort;
  private final Map<GroupKey, Group> groups = new ConcurrentHashMap<>();
  private volatile RowFacts rowFacts;

  /** Figures other than measures are kept under their key with this prefix (no measure has it). */
  private static final String FIGURE = "figure:";

  /** An index of the cohort, in its order. */
  public PeerIndex(List<SchoolEntry> cohort) {
    this.cohort = List.copyOf(cohort);
  }

  /** The cohort, in its order. */
  public List<SchoolEntry> cohort() {
    return cohort;
  }

  /** The members of a group key with the subject left out: what a peer group is made of. */
  Peers peers(GroupKey key, SchoolEntry subject) {
    Group group = groups.computeIfAbsent(key, this::group);
    Integer left = group.byCode.get(subject.code());
    return new Peers(this, group, left == null ? -1 : left);
  }

  private Group group(GroupKey key) {
    List<SchoolEntry> members = new ArrayList<>();
    int[] positions = new int[cohort.size()];
    for (int i = 0; i < cohort.size(); i++) {
      if (key.admits(cohort.get(i))) {
        positions[members.size()] = i;
        members.add(cohort.get(i));
      }
    }
    return new Group(List.copyOf(members), Arrays.copyOf(positions, members.size()));
  }

  /** What a peer row shows of each school of the cohort, made on first use. */
  private RowFacts rowFacts() {
    RowFacts facts = rowFacts;
    if (facts == null) {
      facts = RowFacts.of(cohort);
      rowFacts = facts;
    }
    return facts;
  }

  /**
   * Per school of the cohort, in cohort order: its place by overall score (best first, equal scores
   * an equal place, no score last) and its scores rounded half up to whole numbers, which is all
   * that a pseudonymous peer row shows.
   */
  private record RowFacts(int[] places, List<Map<String, Integer>> rounded) {

    static RowFacts of(List<SchoolEntry> cohort) {
      Integer[] order = new Integer[cohort.size()];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.comparing(i -> cohort.get(i), BEST_OVERALL_FIRST));
      int[] places = new int[cohort.size()];
      for (int i = 1; i < order.length; i++) {
        boolean tied =
            BEST_OVERALL_FIRST.compare(cohort.get(order[i - 1]), cohort.get(order[i])) == 0;
        places[order[i]] = tied ? places[order[i - 1]] : i;
      }
      List<Map<String, Integer>> rounded = cohort.stream().map(s -> rounded(s.scores())).toList();
      return new RowFacts(places, rounded);
    }

    private static Map<String, Integer> rounded(Scores scores) {
      Map<String, Integer> rounded = new HashMap<>();
      scores
          .byMeasure()
          .forEach((id, v) -> rounded.put(id, v.setScale(0, RoundingMode.HALF_UP).intValueExact()));
      return Map.copyOf(rounded);
    }
  }

  /** One group key's members and sorted values, the subject not yet left out. */
  private static final class Group {
    final List<SchoolEntry> members;
    final int[] positions;
    final Map<String, Integer> byCode = new HashMap<>();
    final Map<String, Sorted> measures = new ConcurrentHashMap<>();

    /** The members and their positions in the cohort. */
    Group(List<SchoolEntry> members, int[] positions) {
      this.members = members;
      this.positions = positions;
      for (int i = 0; i < members.size(); i++) {
        byCode.put(members.get(i).code(), i);
      }
    }

    Sorted measure(String id) {
      return measures.computeIfAbsent(id, m -> sorted(s -> s.scores().of(m)));
    }

    /** Another figure's values, kept under its key (figures share the measures' map). */
    Sorted figure(String key, Function<SchoolEntry, Optional<BigDecimal>> figure) {
      return measures.computeIfAbsent(FIGURE + key, k -> sorted(figure));
    }

    private Sorted sorted(Function<SchoolEntry, Optional<BigDecimal>> figure) {
      BigDecimal[] values =
          members.stream()
              .flatMap(s -> figure.apply(s).stream())
              .sorted()
              .toArray(BigDecimal[]::new);
      BigDecimal sum = Arrays.stream(values).reduce(BigDecimal.ZERO, BigDecimal::add);
      return new Sorted(values, sum);
    }
  }

  /** A measure's values in ascending order and their exact sum. */
  private record Sorted(BigDecimal[] values, BigDecimal sum) {}

  /** A group's members without the subject (if it was among them). */
  static final class Peers {
    private final PeerIndex index;
    private final Group group;
    private final int left;

    private Peers(PeerIndex index, Group group, int left) {
      this.index = index;
      this.group = group;
      this.left = left;
    }

    /** How many peers there are. */
    int size() {
      return group.members.size() - (left < 0 ? 0 : 1);
    }

    /** The peers' positions in the cohort, in cohort order. */
    int[] positions() {
      if (left < 0) {
        return group.positions.clone();
      }
      int[] positions = new int[size()];
      System.arraycopy(group.positions, 0, positions, 0, left);
      System.arraycopy(group.positions, left + 1, positions, left, positions.length - left);
      return positions;
    }

    /** The place by overall score of the school at a cohort position: lower is better. */
    int place(int position) {
      return index.rowFacts().places()[position];
    }

    /** The scores, rounded to whole numbers, of the school at a cohort position. */
    Map<String, Integer> roundedScores(int position) {
      return index.rowFacts().rounded().get(position);
    }

    /** The peers' values of a measure, ascending, with their exact sum. */
    SortedValues values(String measureId) {
      return without(group.measure(measureId), leftOut().flatMap(s -> s.scores().of(measureId)));
    }

    /**
     * The peers' values of another figure, ascending, with their exact sum; sorted once per group
     * and key, so a key must always name the same figure of this index's schools.
     */
    SortedValues values(String key, Function<SchoolEntry, Optional<BigDecimal>> figure) {
      return without(group.figure(key, figure), leftOut().flatMap(figure));
    }

    private Optional<SchoolEntry> leftOut() {
      return left < 0 ? Optional.empty() : Optional.of(group.members.get(left));
    }

    private static SortedValues without(Sorted all, Optional<BigDecimal> removed) {
      if (removed.isEmpty()) {
        return new SortedValues(Arrays.asList(all.values()), all.sum());
      }
      int at = Arrays.binarySearch(all.values(), removed.get());
      return new SortedValues(new Without(all.values(), at), all.sum().subtract(removed.get()));
    }
  }

  /** Values sorted ascending and their exact sum. */
  record SortedValues(List<BigDecimal> sorted, BigDecimal sum) {}

  /** A sorted array with one index left out, read in place. */
  static final class Without extends AbstractList<BigDecimal> {
    private final BigDecimal[] values;
    private final int gap;

    Without(BigDecimal[] values, int gap) {
      this.values = values;
      this.gap = gap;
    }

    @Override
    public BigDecimal get(int index) {
      return values[index < gap ? index : index + 1];
    }

    @Override
    public int size() {
      return values.length - 1;
    }
  }
}
