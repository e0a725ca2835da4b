package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.socialmission.metrics.benchmark.PeerGroupResult.Reported;
import org.socialmission.metrics.benchmark.PeerGroupResult.Suppressed;

/**
 * Builds a school's peer groups and applies the anonymity rules, so that nothing it returns can
 * identify a peer. Usage:
 *
 * <pre>{@code
 * PeerAnonymizer anonymizer = new PeerAnonymizer(PeerAnonymizer.MINIMUM_K);
 * List<PeerGroupResult> groups = anonymizer.benchmark(subject, submittedThisCycle,
 *     List.of(PeerGroupSpec.of(Scope.DISCIPLINE), PeerGroupSpec.of(Scope.ALL)), new Random());
 * }</pre>
 *
 * <p>The rules, with {@code k} at least {@value #MINIMUM_K}:
 *
 * <ul>
 *   <li>the school itself (same code) is removed from the cohort before any group is formed;
 *   <li>a group with fewer than {@code k} peers is {@link Suppressed}, with the reason;
 *   <li>a filtered group is suppressed unless every less filtered group of the same scope, minus
 *       this group, also has at least {@code k} schools (else comparing the two would reveal the
 *       schools in the difference);
 *   <li>within a reported group, a measure that fewer than {@code k} peers have a score for (or
 *       whose complement would fall below {@code k}) is suppressed the same way;
 *   <li>a group that the benchmark release withholds (too few schools joined or left it since an
 *       earlier release, see {@link ReleaseGuard}) is suppressed with that rule as its reason;
 *   <li>every statistic, the percentile rank and the school's own score leave rounded to one
 *       decimal ({@link DisplayPrecision}); the quartile is taken from the exact rank;
 *   <li>per-peer rows exist only for unfiltered groups, under pseudonyms drawn from the given
 *       random generator, rounded to whole numbers, best overall first. A release passes a
 *       generator seeded from its own secret and the subject, so that every download of one release
 *       shows the same rows and the next release draws new pseudonyms.
 * </ul>
 *
 * <p>No reason names a count below k: they name the rule and k only.
 */
public final class PeerAnonymizer {

  /** The smallest group ever reported (the FTC/DOJ safety-zone norm of five contributors). */
  public static final int MINIMUM_K = 5;

  private final int k;

  /** An anonymizer reporting groups of at least {@code k} peers; refuses {@code k < 5}. */
  public PeerAnonymizer(int k) {
    if (k < MINIMUM_K) {
      throw new IllegalArgumentException("k must be at least " + MINIMUM_K + ", was " + k);
    }
    this.k = k;
  }

  /** The smallest number of peers a reported figure rests on. */
  public int k() {
    return k;
  }

  /** The outcome of each spec, in the order given, with no group withheld by a release. */
  public List<PeerGroupResult> benchmark(
      SchoolEntry subject,
      List<SchoolEntry> cohort,
      List<PeerGroupSpec> specs,
      RandomGenerator random) {
    return benchmark(subject, cohort, Set.of(), specs, random);
  }

  /**
   * The outcome of each spec, in the order given.
   *
   * @param withheld groups the benchmark release withholds (see {@link ReleaseGuard}); a spec
   *     naming one is suppressed with that rule as its reason
   */
  public List<PeerGroupResult> benchmark(
      SchoolEntry subject,
      List<SchoolEntry> cohort,
      Set<GroupKey> withheld,
      List<PeerGroupSpec> specs,
      RandomGenerator random) {
    PeerIndex index = new PeerIndex(cohort);
    return specs.stream()
        .map(spec -> benchmark(subject, index, withheld, spec, random, true))
        .toList();
  }

  /** The outcome of one spec; the subject is removed from {@code cohort} if present. */
  public PeerGroupResult benchmark(
      SchoolEntry subject, List<SchoolEntry> cohort, PeerGroupSpec spec, RandomGenerator random) {
    return benchmark(subject, cohort, Set.of(), spec, random);
  }

  /** The outcome of one spec under a release that withholds some groups. */
  public PeerGroupResult benchmark(
      SchoolEntry subject,
      List<SchoolEntry> cohort,
      Set<GroupKey> withheld,
      PeerGroupSpec spec,
      RandomGenerator random) {
    return benchmark(subject, new PeerIndex(cohort), withheld, spec, random, true);
  }

  /**
   * The outcome of one spec among the schools of an index (the subject is left out if present),
   * with or without the per-peer rows, whose cost grows with the group: pages and the JSON show
   * figures only, the workbook lists the peers.
   */
  public PeerGroupResult benchmark(
      SchoolEntry subject,
      PeerIndex index,
      Set<GroupKey> withheld,
      PeerGroupSpec spec,
      RandomGenerator random,
      boolean withRows) {
    PeerGroup group = PeerGroup.of(spec, subject, index);
    String label = spec.label(subject.discipline());
    Optional<String> reason = suppression(group, g -> g.peers().size(), "peer schools");
    if (reason.isEmpty() && withheld.contains(spec.key(subject.discipline()))) {
      reason = Optional.of(betweenReleasesReason());
    }
    if (reason.isPresent()) {
      return new Suppressed(spec, label, reason.get());
    }
    List<MeasureResult> measures =
        Scores.MEASURES.stream().map(id -> measure(id, subject, group)).toList();
    List<PeerRow> rows =
        spec.isFiltered() || !withRows ? List.of() : Pseudonyms.rows(group.peers(), random);
    return new Reported(spec, label, group.peers().size(), measures, rows);
  }

  /**
   * The peers' distribution of a figure other than the scores (say the score of a crosswalk part),
   * rounded for display, under the same rules as a measure: empty when the group is suppressed or
   * withheld, or when fewer than k peers (or a too small complement) have a value.
   *
   * @param index the schools, indexed once per release: each group sorts a figure once
   * @param key names the figure, and must always stand for the same figure of the index's schools
   * @param figure each school's value, empty when it has none
   */
  public Optional<Distribution> distribution(
      SchoolEntry subject,
      PeerIndex index,
      Set<GroupKey> withheld,
      PeerGroupSpec spec,
      String key,
      Function<SchoolEntry, Optional<BigDecimal>> figure) {
    PeerGroup group = PeerGroup.of(spec, subject, index);
    Counter withValue = g -> g.peers().values(key, figure).sorted().size();
    if (withheld.contains(spec.key(subject.discipline()))
        || suppression(group, g -> g.peers().size(), "peer schools").isPresent()
        || suppression(group, withValue, "peer schools with a value").isPresent()) {
      return Optional.empty();
    }
    PeerIndex.SortedValues values = group.peers().values(key, figure);
    return Optional.of(
        DistributionCalculator.describeSorted(values.sorted(), values.sum()).rounded());
  }

  /** The peers' values of a measure in a spec's group, ascending, the subject left out. */
  List<BigDecimal> sortedPeerValues(
      SchoolEntry subject, PeerIndex index, PeerGroupSpec spec, String measureId) {
    return PeerGroup.of(spec, subject, index).peers().values(measureId).sorted();
  }

  /** The note of a group a release withholds by {@link ReleaseGuard}'s rule. */
  public String betweenReleasesReason() {
    return "Not shown in this release: since an earlier release, too few schools joined or left"
        + " this group (more than "
        + k
        + " at a time are needed); comparing the two releases could reveal them.";
  }

  private MeasureResult measure(String measureId, SchoolEntry subject, PeerGroup group) {
    Optional<BigDecimal> own = subject.scores().of(measureId);
    Optional<String> reason =
        suppression(
            group,
            g -> g.peers().values(measureId).sorted().size(),
            "peer schools with a score here");
    if (reason.isPresent()) {
      return new MeasureResult(
          measureId, own.map(DisplayPrecision::round), Optional.empty(), reason);
    }
    PeerIndex.SortedValues values = group.peers().values(measureId);
    Comparison comparison =
        DistributionCalculator.compareSorted(own, values.sorted(), values.sum()).rounded();
    return new MeasureResult(
        measureId, own.map(DisplayPrecision::round), Optional.of(comparison), Optional.empty());
  }

  private Optional<String> suppression(PeerGroup group, Counter counter, String what) {
    int count = counter.count(group);
    if (count < k) {
      return Optional.of(
          "Not shown: fewer than "
              + k
              + " "
              + what
              + " in this group; at least "
              + k
              + " are needed to keep every school anonymous.");
    }
    for (PeerGroup ancestor : group.ancestors()) {
      if (counter.count(ancestor) - count < k) {
        return Optional.of(complementReason(ancestor, what));
      }
    }
    return Optional.empty();
  }

  private String complementReason(PeerGroup ancestor, String what) {
    return "Not shown: the rest of the group \""
        + ancestor.label()
        + "\" outside this filter has fewer than "
        + k
        + " "
        + what
        + "; comparing the two would reveal the difference.";
  }

  /** A size of a group: of all members, or of those with a score for one measure. */
  @FunctionalInterface
  private interface Counter {
    int count(PeerGroup group);
  }

  /** The peers of a spec and of its ancestors, the subject left out. */
  private record PeerGroup(String label, PeerIndex.Peers peers, List<PeerGroup> ancestors) {

    static PeerGroup of(PeerGroupSpec spec, SchoolEntry subject, PeerIndex index) {
      List<PeerGroup> ancestors = new ArrayList<>();
      for (PeerGroupSpec ancestor : spec.ancestors()) {
        ancestors.add(of(ancestor, subject, index));
      }
      return new PeerGroup(
          spec.label(subject.discipline()),
          index.peers(spec.key(subject.discipline()), subject),
          ancestors);
    }
  }
}
