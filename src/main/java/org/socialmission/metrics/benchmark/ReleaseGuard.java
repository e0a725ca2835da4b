package org.socialmission.metrics.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The complement rule applied between benchmark releases of one cycle: it names the groups a new
 * release may not report because too few schools joined or left them since an earlier release.
 * Usage:
 *
 * <pre>{@code
 * List<GroupKey> concerned = new ReleaseGuard(k).concerns(submittedNow, bands, earlierReleases);
 * // empty: publish; otherwise refuse, or publish withholding exactly these groups
 * }</pre>
 *
 * <p>Why: a group reported in two releases gives {@code n0 × mean0 − n1 × mean1}, the sum of the
 * scores of the schools that left minus those that joined; rows of the Peers sheet that vanish or
 * appear between two releases are those schools' rows. Both are safe only when the schools on each
 * side are many. The rule, for every group (discipline or all schools, every combination of the
 * ownership, region and size filters) that has at least {@code k} members in the new release:
 *
 * <ul>
 *   <li>against every earlier release of the cycle in which the group had at least {@code k}
 *       members and was not itself withheld (an attacker may keep any earlier download, so the
 *       previous release alone is not enough),
 *   <li>the schools that <em>joined</em> it (new members, and members whose scores changed) and the
 *       schools that <em>left</em> it (former members, and members whose scores changed) must each
 *       number either none or more than {@code k}.
 * </ul>
 *
 * <p>"More than k" rather than "at least k": a reader is never among its own peers, so a school
 * that itself joined sees the others that joined, one fewer. A school that moves between filtered
 * groups (its region or enrollment changed) leaves one and joins another. Counting each side apart
 * rather than their sum keeps one school that left from hiding behind many that joined.
 */
public final class ReleaseGuard {

  private final int k;

  /**
   * A guard with the smallest group size {@code k} (at least {@value PeerAnonymizer#MINIMUM_K}).
   */
  public ReleaseGuard(int k) {
    if (k < PeerAnonymizer.MINIMUM_K) {
      throw new IllegalArgumentException("k must be at least " + PeerAnonymizer.MINIMUM_K);
    }
    this.k = k;
  }

  /**
   * An earlier release of the cycle as the guard needs it: its members and the groups it withheld.
   */
  public record Published(List<SchoolEntry> members, Set<GroupKey> withheld) {

    /** Freezes the collections. */
    public Published {
      members = List.copyOf(members);
      withheld = Set.copyOf(withheld);
    }
  }

  /**
   * The groups a release of {@code candidate} (every submitted assessment of the cycle now) may not
   * report, in a stable order (fewest filters first); empty when it may report all.
   *
   * @param bands the size bands the new release is published with
   * @param earlier every earlier release of the same cycle, in any order
   */
  public List<GroupKey> concerns(
      List<SchoolEntry> candidate, SizeBands bands, List<Published> earlier) {
    Objects.requireNonNull(bands, "bands");
    Map<GroupKey, List<SchoolEntry>> groups = new LinkedHashMap<>();
    for (SchoolEntry school : candidate) {
      for (GroupKey key : GroupKey.of(school, bands)) {
        groups.computeIfAbsent(key, x -> new ArrayList<>()).add(school);
      }
    }
    List<GroupKey> concerned = new ArrayList<>();
    groups.forEach(
        (key, members) -> {
          if (members.size() >= k && earlier.stream().anyMatch(e -> tooFewMoved(key, members, e))) {
            concerned.add(key);
          }
        });
    concerned.sort(
        Comparator.comparingInt(ReleaseGuard::filters).thenComparing(GroupKey::toString));
    return concerned;
  }

  private boolean tooFewMoved(GroupKey key, List<SchoolEntry> now, Published earlier) {
    if (earlier.withheld().contains(key)) {
      return false;
    }
    List<SchoolEntry> before = earlier.members().stream().filter(key::admits).toList();
    if (before.size() < k) {
      return false;
    }
    int joined = moved(now, byCode(before));
    int left = moved(before, byCode(now));
    return tooFew(joined) || tooFew(left);
  }

  private boolean tooFew(int moved) {
    return moved >= 1 && moved <= k;
  }

  /** Members of {@code side} that the other side lacks or has with other scores. */
  private static int moved(List<SchoolEntry> side, Map<String, SchoolEntry> other) {
    int moved = 0;
    for (SchoolEntry school : side) {
      SchoolEntry there = other.get(school.code());
      if (there == null || !there.scores().sameAs(school.scores())) {
        moved++;
      }
    }
    return moved;
  }

  private static Map<String, SchoolEntry> byCode(List<SchoolEntry> schools) {
    return schools.stream().collect(Collectors.toMap(SchoolEntry::code, Function.identity()));
  }

  private static int filters(GroupKey key) {
    return (key.ownership().isPresent() ? 1 : 0)
        + (key.region().isPresent() ? 1 : 0)
        + (key.size().isPresent() ? 1 : 0);
  }
}
