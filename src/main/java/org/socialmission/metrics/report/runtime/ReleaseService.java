package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.SubmittedAssessment;
import org.socialmission.metrics.benchmark.GroupKey;
import org.socialmission.metrics.benchmark.ReleaseGuard;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.benchmark.SizeBand;
import org.socialmission.metrics.benchmark.SizeBands;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.platform.NotFoundException;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.report.PeerSubmission;
import org.socialmission.metrics.report.runtime.BenchmarkRelease.Origin;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Benchmark releases: staff publish one of a cycle (the scores of every assessment submitted at
 * that moment, scored once, with each school's shown answers), list them, and set whether closing a
 * cycle publishes one. Publishing applies {@link ReleaseGuard} against every earlier release of the
 * cycle: when groups would move by too few schools it refuses ({@link ReleaseRefusedException}),
 * or, when asked to (and always when publishing on its own, at the close of a cycle), publishes
 * withholding exactly those groups. Every publication is audited.
 *
 * <p>The k ({@code smm.benchmark.k}) and the size bands ({@code smm.benchmark.size-bands}) in force
 * are stored with each release, which keeps them for good.
 */
@ApplicationScoped
public class ReleaseService {

  /** Decimals the scores of a release are stored with (NUMERIC(24, 18)). */
  static final int STORED_SCALE = 18;

  @Inject private AssessmentQueries queries;
  @Inject private CycleService cycles;
  @Inject private ReleaseRepository releases;
  @Inject private ReleaseCache cache;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "smm.benchmark.k", defaultValue = "5")
  private int k;

  @Inject
  @ConfigProperty(name = "smm.benchmark.size-bands", defaultValue = SizeBands.DEFAULT)
  private String sizeBands;

  private final SecureRandom random = new SecureRandom();

  /**
   * Staff publish a release of the cycle.
   *
   * @param withhold publish even when groups would move by too few schools, withholding them;
   *     otherwise such a publication is refused
   * @throws ReleaseRefusedException when groups would move by too few schools and {@code withhold}
   *     is false
   */
  @Transactional
  public ReleaseSummary publish(SignedInUser staff, int cycle, boolean withhold) {
    requireStaff(staff);
    requireCycle(cycle);
    releases.lockCycle(cycle);
    return publish(cycle, staff.email(), Origin.STAFF, withhold, candidates(cycle));
  }

  /**
   * Publishes a release on the application's own account (demo data, a cycle closing), withholding
   * groups that would move by too few schools; publishes nothing when no school joined, left or
   * changed since the latest release.
   */
  @Transactional
  public Optional<ReleaseSummary> publishAutomatically(int cycle, Origin origin) {
    requireCycle(cycle);
    releases.lockCycle(cycle);
    Optional<Long> latest = releases.latestId(cycle);
    List<Released> now = candidates(cycle);
    if (latest.isPresent() && unchanged(cache.get(latest.get()), now)) {
      return Optional.empty();
    }
    return Optional.of(publish(cycle, origin.name().toLowerCase(Locale.ROOT), origin, true, now));
  }

  /** The cycle's releases, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReleaseSummary> list(SignedInUser staff, int cycle) {
    requireStaff(staff);
    Map<Long, Map<String, Integer>> counts = releases.counts(cycle);
    return releases.ofCycle(cycle).stream()
        .map(r -> summary(r, counts.getOrDefault(r.getId(), Map.of())))
        .toList();
  }

  /** Whether closing the cycle publishes a release (yes unless staff said otherwise). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean publishesOnClose(int cycle) {
    return releases.policy(cycle).map(ReleasePolicy::isPublishOnClose).orElse(true);
  }

  /** Staff set whether closing the cycle publishes a release. */
  @Transactional
  public void setPublishOnClose(SignedInUser staff, int cycle, boolean publishOnClose) {
    requireStaff(staff);
    requireCycle(cycle);
    releases
        .policy(cycle)
        .ifPresentOrElse(
            p -> p.setPublishOnClose(publishOnClose),
            () -> releases.add(new ReleasePolicy(cycle, publishOnClose)));
    audit.record(
        staff.email(),
        "release.policy",
        "cycle " + cycle,
        publishOnClose ? "publish on close" : "no release on close");
  }

  /** The size bands a new release would be published with. */
  public SizeBands configuredBands() {
    return SizeBands.parse(sizeBands);
  }

  private ReleaseSummary publish(
      int cycle, String by, Origin origin, boolean withhold, List<Released> now) {
    SizeBands bands = configuredBands();
    List<ReleaseGuard.Published> earlier =
        releases.ofCycle(cycle).stream().map(r -> cache.get(r.getId()).published()).toList();
    List<GroupKey> concerns =
        new ReleaseGuard(k).concerns(now.stream().map(Released::entry).toList(), bands, earlier);
    if (!concerns.isEmpty() && !withhold) {
      throw new ReleaseRefusedException(cycle, k, concerns.stream().map(GroupKey::label).toList());
    }
    var release =
        new BenchmarkRelease(
            cycle,
            releases.nextNumber(cycle),
            LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
            by,
            origin,
            k,
            bands.spec(),
            random.nextLong(),
            concerns.stream().map(GroupKey::toString).collect(Collectors.toSet()));
    releases.add(release);
    int written = 0;
    for (Released school : now) {
      releases.add(
          new ReleasedSchool(
              release.getId(),
              school.entry(),
              school.questionnaire().key(),
              ReleasedAnswers.write(school.shown())));
      if (++written % 500 == 0) {
        releases.flushAndClear();
      }
    }
    Map<String, Integer> counts = counts(now);
    audit.record(
        by,
        "release.publish",
        "cycle " + cycle,
        "release " + release.getNumber() + "; " + counts + "; withheld " + concerns.size());
    return summary(release, counts);
  }

  /** A submitted assessment, scored once, as a release stores it. */
  private record Released(
      SchoolEntry entry, Questionnaire questionnaire, Map<String, Answer> shown) {}

  private List<Released> candidates(int cycle) {
    List<Released> candidates = new ArrayList<>();
    queries.forEachSubmitted(cycle, submitted -> candidates.add(released(submitted)));
    return candidates;
  }

  private Released released(SubmittedAssessment submitted) {
    Questionnaire questionnaire = queries.questionnaire(submitted.questionnaire());
    ScoreCard card = QuestionnaireScorer.score(questionnaire, submitted.answers());
    SchoolEntry entry =
        new SchoolEntry(
            submitted.schoolCode(),
            submitted.discipline(),
            submitted.ownership(),
            submitted.region(),
            submitted.enrollment(),
            stored(Scores.of(card)));
    return new Released(
        entry, questionnaire, PeerSubmission.shown(questionnaire, submitted.answers(), card));
  }

  /** Scores at the precision they are stored with, so that a release read back compares equal. */
  private static Scores stored(Scores scores) {
    Map<String, BigDecimal> stored = new LinkedHashMap<>();
    scores
        .byMeasure()
        .forEach((m, v) -> stored.put(m, v.setScale(STORED_SCALE, RoundingMode.HALF_EVEN)));
    return new Scores(stored);
  }

  private static boolean unchanged(LoadedRelease latest, List<Released> now) {
    Map<String, SchoolEntry> before =
        latest.schools().stream()
            .map(LoadedRelease.Released::entry)
            .collect(Collectors.toMap(SchoolEntry::code, e -> e));
    return before.size() == now.size()
        && now.stream()
            .map(Released::entry)
            .allMatch(e -> before.containsKey(e.code()) && same(before.get(e.code()), e));
  }

  private static boolean same(SchoolEntry a, SchoolEntry b) {
    return a.discipline().equals(b.discipline())
        && a.ownership() == b.ownership()
        && a.region() == b.region()
        && a.enrollment() == b.enrollment()
        && a.scores().sameAs(b.scores());
  }

  private static Map<String, Integer> counts(List<Released> schools) {
    return schools.stream()
        .collect(Collectors.groupingBy(r -> r.entry().discipline(), Collectors.summingInt(r -> 1)));
  }

  private static ReleaseSummary summary(BenchmarkRelease release, Map<String, Integer> counts) {
    SizeBands bands = SizeBands.parse(release.getSizeBands());
    Set<String> withheld = release.getWithheld();
    return new ReleaseSummary(
        release.getCycle(),
        release.getNumber(),
        release.getPublishedAt().toInstant(ZoneOffset.UTC),
        release.getPublishedBy(),
        release.getOrigin().name().toLowerCase(Locale.ROOT),
        release.getK(),
        counts.values().stream().mapToInt(Integer::intValue).sum(),
        counts,
        bands.isFilter() ? bands.bands().stream().map(SizeBand::label).toList() : List.of(),
        withheld.stream().sorted().map(key -> GroupKey.parse(key).label()).toList());
  }

  private void requireCycle(int cycle) {
    if (cycles.years().stream().noneMatch(c -> c.year() == cycle)) {
      throw new NotFoundException("cycle.notFound", cycle);
    }
  }

  private static void requireStaff(SignedInUser user) {
    if (!user.isStaff()) {
      throw new AccessDeniedException("release.staffOnly");
    }
  }
}
