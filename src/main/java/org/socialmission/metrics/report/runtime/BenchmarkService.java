package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.StoredScores;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupParameters;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.PeerIndex;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.benchmark.SizeBands;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.report.BenchmarkReport;
import org.socialmission.metrics.report.BenchmarkReportAssembler;
import org.socialmission.metrics.report.BenchmarkWorkbookWriter;
import org.socialmission.metrics.report.CohortAnswers;
import org.socialmission.metrics.report.ReportRequest;
import org.socialmission.metrics.school.SchoolProfile;

/**
 * A school's benchmark against the latest benchmark release of its cycle: for its dean and for
 * staff only (team members and other schools get {@link AccessDeniedException}). The school's own
 * answers and scores are live; everything about peers comes from the release, read once per
 * application instance ({@link ReleaseCache}), so a request neither reads nor scores the cycle's
 * assessments. For one release and school the report is the same on every request: pseudonyms are
 * drawn from a generator seeded by the release's secret and the school, and the time is the
 * release's. Without a release every group says there is none yet.
 */
@ApplicationScoped
public class BenchmarkService {

  @Inject private AssessmentService assessments;
  @Inject private AssessmentQueries queries;
  @Inject private ReleaseCache cache;
  @Inject private ReleaseService releaseService;
  @Inject private RequestReads reads;

  @Inject
  @ConfigProperty(name = "smm.benchmark.k", defaultValue = "5")
  private int k;

  @Inject private Clock clock;

  /**
   * The school's whole report, for the workbook: the unfiltered discipline and all-schools groups,
   * plus the chosen group when it is filtered, with per-peer rows and the peers' answers.
   *
   * @param group {@code discipline} (null: the default) or {@code all}
   * @param ownership optional filter as {@link PeerGroupParameters} reads it
   * @param region optional filter as {@link PeerGroupParameters} reads it
   * @param size optional enrollment band among the release's bands, by its id
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BenchmarkReport report(
      SignedInUser user,
      String schoolCode,
      int cycle,
      String group,
      String ownership,
      String region,
      String size) {
    requireLeads(user, schoolCode);
    return report(user, own(user, schoolCode, cycle), group, ownership, region, size, true);
  }

  /**
   * The same groups' figures only, for the JSON and pages: no per-peer rows and no answers per
   * question, so its cost does not grow with the number of schools in the release.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BenchmarkReport summary(
      SignedInUser user,
      String schoolCode,
      int cycle,
      String group,
      String ownership,
      String region,
      String size) {
    requireLeads(user, schoolCode);
    return report(user, own(user, schoolCode, cycle), group, ownership, region, size, false);
  }

  /**
   * The chosen peer group alone, for the results page with the assessment it has just read: the
   * same figures as that group of {@link #summary}, without the other groups and the trend, which
   * the page does not show. The plan on the same page places the school in the same group once.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PeerComparison comparison(
      SignedInUser user, AssessmentSnapshot own, InsightService.Group group) {
    requireLeads(user, own.schoolCode());
    PeerContext context = reads.context(user, own, group);
    PeerGroupResult chosen =
        context.release().isPresent()
            ? reads.peerGroup(context)
            : BenchmarkReportAssembler.noRelease(context.spec(), context.school());
    return new PeerComparison(context.stamp(), chosen);
  }

  /** Peers' figures are for the school's dean and staff only (insights rest on them too). */
  static void requireLeads(SignedInUser user, String schoolCode) {
    if (!user.leads(schoolCode)) {
      throw new AccessDeniedException("benchmark.deanAndStaffOnly");
    }
  }

  private AssessmentSnapshot own(SignedInUser user, String schoolCode, int cycle) {
    return user.isStaff()
        ? assessments.read(user, schoolCode, cycle)
        : assessments.open(user, schoolCode, cycle);
  }

  private BenchmarkReport report(
      SignedInUser user,
      AssessmentSnapshot own,
      String group,
      String ownership,
      String region,
      String size,
      boolean full) {
    String schoolCode = own.schoolCode();
    int cycle = own.cycle();
    Optional<LoadedRelease> release = reads.latestRelease(cycle).map(cache::get);
    SizeBands bands = release.map(LoadedRelease::bands).orElseGet(releaseService::configuredBands);
    PeerGroupSpec chosen = PeerGroupParameters.parse(group, ownership, region, size, bands);
    SchoolProfile school = own.school();
    Questionnaire questionnaire = queries.questionnaire(own);
    var request =
        new ReportRequest(
            school.name(),
            school.code(),
            school.discipline(),
            school.ownership(),
            school.region(),
            school.enrollment(),
            cycle,
            questionnaire,
            queries.answersOf(own),
            earlierCycles(schoolCode, cycle),
            release.map(LoadedRelease::stamp),
            release.map(r -> r.cohort(questionnaire.key())).orElse(List.of()),
            release.map(LoadedRelease::withheld).orElse(Set.of()),
            groups(chosen));
    int smallest = release.map(LoadedRelease::k).orElse(k);
    PeerIndex index = release.map(LoadedRelease::index).orElseGet(() -> new PeerIndex(List.of()));
    CohortAnswers answers =
        release
            .map(r -> r.answers(questionnaire.key()))
            .orElseGet(() -> new CohortAnswers(List.of()));
    return new BenchmarkReportAssembler(new PeerAnonymizer(smallest))
        .assemble(
            request,
            index,
            answers,
            new SplittableRandom(release.map(r -> seed(r, schoolCode)).orElse(0L)),
            release.map(r -> r.stamp().publishedAt()).orElseGet(clock::instant),
            full);
  }

  /** The latest release of the cycle, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ReleaseStamp> latestRelease(int cycle) {
    return reads.latestRelease(cycle).map(cache::get).map(LoadedRelease::stamp);
  }

  /** The size bands the cycle's peer groups may be filtered on: the latest release's. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SizeBands sizeBands(int cycle) {
    return reads
        .latestRelease(cycle)
        .map(cache::get)
        .map(LoadedRelease::bands)
        .orElseGet(releaseService::configuredBands);
  }

  /** Writes the report as an Excel workbook. */
  public void writeWorkbook(BenchmarkReport report, OutputStream out) throws IOException {
    new BenchmarkWorkbookWriter().write(report, out);
  }

  /** The release's secret mixed with the school: same rows for one school, others for the next. */
  private static long seed(LoadedRelease release, String schoolCode) {
    return release.seed() ^ (schoolCode.hashCode() * 0x9E3779B97F4A7C15L);
  }

  private static List<PeerGroupSpec> groups(PeerGroupSpec chosen) {
    List<PeerGroupSpec> groups =
        new ArrayList<>(
            List.of(
                PeerGroupSpec.of(PeerGroupSpec.Scope.DISCIPLINE),
                PeerGroupSpec.of(PeerGroupSpec.Scope.ALL)));
    if (chosen.isFiltered()) {
      groups.add(chosen);
    }
    return groups;
  }

  private Map<Integer, Scores> earlierCycles(String schoolCode, int cycle) {
    Map<Integer, Scores> earlier = new LinkedHashMap<>();
    for (StoredScores past : queries.submittedScoresBy(schoolCode)) {
      if (past.cycle() < cycle) {
        earlier.put(past.cycle(), new Scores(past.scores()));
      }
    }
    return earlier;
  }
}
