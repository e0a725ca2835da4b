package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalInt;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.admin.DashboardCalculator.Dashboard;
import org.socialmission.metrics.admin.DashboardCalculator.SchoolScores;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.Cycle;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.SubmittedAssessment;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/** The aggregate dashboard of a cycle and discipline, for staff, with identified data. */
@ApplicationScoped
public class DashboardService {

  @Inject private AssessmentQueries assessments;
  @Inject private CycleService cycles;

  /** The figures of the submitted assessments, compared with each school's previous cycle. */
  public Dashboard dashboard(SignedInUser staff, int cycle, String discipline) {
    if (!staff.isStaff()) {
      throw new AccessDeniedException("admin.dashboardStaffOnly");
    }
    OptionalInt previous = previousCycle(cycle);
    List<SchoolScores> before =
        previous.isPresent() ? scores(previous.getAsInt(), discipline) : List.of();
    return DashboardCalculator.calculate(scores(cycle, discipline), before);
  }

  /** The latest cycle before this one, if any. */
  public OptionalInt previousCycle(int cycle) {
    return cycles.all().stream().mapToInt(Cycle::getYear).filter(y -> y < cycle).max();
  }

  private List<SchoolScores> scores(int cycle, String discipline) {
    return assessments.submitted(cycle).stream()
        .filter(s -> s.discipline().equals(discipline))
        .map(this::scores)
        .toList();
  }

  private SchoolScores scores(SubmittedAssessment submitted) {
    var card =
        QuestionnaireScorer.score(
            assessments.questionnaire(submitted.questionnaire()), submitted.answers());
    return new SchoolScores(
        submitted.schoolCode(),
        submitted.ownership().name(),
        submitted.region().name(),
        Scores.of(card));
  }
}
