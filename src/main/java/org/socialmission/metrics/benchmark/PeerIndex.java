package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
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

  private final List<SchoolEntry> cohort;
  private final Map<GroupKey, Group> groups = new ConcurrentHashMap<>();

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
    return new Peers(group, group.byCode.get(subject.code()));
  }

  private Group group(GroupKey key) {
    List<SchoolEntry> members = cohort.stream().filter(key::admits).toList();
    return new Group(members);
  }

  /** One group key's members and sorted values, the subject not yet left out. */
  private static final class Group {
    final List<SchoolEntry> members;
    final Map<String, SchoolEntry> byCode = new HashMap<>();
    final Map<String, Sorted> measures = new ConcurrentHashMap<>();

    Group(List<SchoolEntry> members) {
      this.members = members;
      members.forEach(m -> byCode.put(m.code(), m));
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
    private final Group group;
    private final SchoolEntry left;

    private Peers(Group group, SchoolEntry left) {
      this.group = group;
      this.left = left;
    }

    /** How many peers there are. */
    int size() {
      return group.members.size() - (left == null ? 0 : 1);
    }

    /** The peers in cohort order. */
    List<SchoolEntry> members() {
      if (left == null) {
        return group.members;
      }
      List<SchoolEntry> members = new ArrayList<>(group.members);
      members.remove(left);
      return members;
    }

    /** The peers' values of a measure, ascending, with their exact sum. */
    SortedValues values(String measureId) {
      return without(
          group.measure(measureId), left == null ? null : left.scores().of(measureId).orElse(null));
    }

    /**
     * The peers' values of another figure, ascending, with their exact sum; sorted once per group
     * and key, so a key must always name the same figure of this index's schools.
     */
    SortedValues values(String key, Function<SchoolEntry, Optional<BigDecimal>> figure) {
      return without(
          group.figure(key, figure), left == null ? null : figure.apply(left).orElse(null));
    }

    private static SortedValues without(Sorted all, BigDecimal removed) {
      if (removed == null) {
        return new SortedValues(Arrays.asList(all.values()), all.sum());
      }
      int at = Arrays.binarySearch(all.values(), removed);
      return new SortedValues(new Without(all.values(), at), all.sum().subtract(removed));
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
