package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.admin.DashboardCalculator.Dashboard;
import org.socialmission.metrics.admin.DashboardCalculator.SchoolScores;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.CycleYear;
import org.socialmission.metrics.assessment.StoredScores;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.platform.AccessDeniedException;

/**
 * The aggregate dashboard of a cycle and discipline, for staff, with identified data, from the
 * stored scores of the submitted assessments. A dashboard is computed once per instance and kept
 * under the score versions of its two cycles ({@link Cycle#getScoresVersion()}), which the database
 * moves on with every submit, reopen, import or change of a school; so a request costs one read of
 * the cycles while nothing changed, however many schools there are, and never shows figures that
 * another instance has made stale.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

  /** What a dashboard was computed from: both cycles at their score versions. */
  private record Key(int cycle, long version, String discipline, int previous, long before) {}

  private static final int KEPT = 32;

  @Inject private AssessmentQueries assessments;
  @Inject private CycleService cycles;

  private final Map<Key, Dashboard> computed = new ConcurrentHashMap<>();

  /** The figures of the submitted assessments, compared with each school's previous cycle. */
  public Dashboard dashboard(SignedInUser staff, int cycle, String discipline) {
    if (!staff.isStaff()) {
      throw new AccessDeniedException("admin.dashboardStaffOnly");
    }
    List<CycleYear> all = cycles.years();
    OptionalInt previous = previousCycle(all, cycle);
    Key key =
        new Key(
            cycle,
            version(all, cycle),
            discipline,
            previous.orElse(0),
            previous.isPresent() ? version(all, previous.getAsInt()) : 0);
    Dashboard dashboard = computed.get(key);
    if (dashboard == null) {
      List<SchoolScores> before =
          previous.isPresent() ? scores(previous.getAsInt(), discipline) : List.of();
      dashboard = DashboardCalculator.calculate(scores(cycle, discipline), before);
      if (computed.size() >= KEPT) {
        computed.clear();
      }
      computed.put(key, dashboard);
    }
    return dashboard;
  }

  /** The latest cycle before this one, if any. */
  public OptionalInt previousCycle(int cycle) {
    return previousCycle(cycles.years(), cycle);
  }

  private static OptionalInt previousCycle(List<CycleYear> all, int cycle) {
    return all.stream().mapToInt(CycleYear::year).filter(y -> y < cycle).max();
  }

  private static long version(List<CycleYear> all, int cycle) {
    Optional<CycleYear> found = all.stream().filter(c -> c.year() == cycle).findFirst();
    return found.map(CycleYear::scoresVersion).orElse(-1L);
  }

  private List<SchoolScores> scores(int cycle, String discipline) {
    return assessments.submittedScores(cycle, discipline).stream()
        .map(DashboardService::scores)
        .toList();
  }

  private static SchoolScores scores(StoredScores stored) {
    return new SchoolScores(
        stored.schoolCode(),
        stored.ownership().name(),
        stored.region().name(),
        new Scores(stored.scores()));
  }
}
