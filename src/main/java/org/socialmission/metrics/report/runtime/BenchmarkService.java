package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.SubmittedAssessment;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.report.BenchmarkReport;
import org.socialmission.metrics.report.BenchmarkReportAssembler;
import org.socialmission.metrics.report.BenchmarkWorkbookWriter;
import org.socialmission.metrics.report.PeerSubmission;
import org.socialmission.metrics.report.ReportRequest;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.school.SchoolService;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/**
 * A school's benchmark against the submitted assessments of its cycle: for its dean and for staff
 * only (team members and other schools get {@link AccessDeniedException}). Loads the cohort, hands
 * it to the pure assembler and anonymizer, and writes the workbook.
 */
@ApplicationScoped
public class BenchmarkService {

  @Inject private AssessmentService assessments;
  @Inject private AssessmentQueries queries;
  @Inject private SchoolService schools;

  @Inject
  @ConfigProperty(name = "smm.benchmark.k", defaultValue = "5")
  private int k;

  @Inject private Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * The school's report: the unfiltered discipline and all-schools groups, plus the chosen group
   * when it is filtered.
   */
  public BenchmarkReport report(
      SignedInUser user, String schoolCode, int cycle, PeerGroupSpec chosen) {
    if (!user.leads(schoolCode)) {
      throw new AccessDeniedException("benchmark.deanAndStaffOnly");
    }
    SchoolProfile school = schools.profile(user.scope(), schoolCode);
    AssessmentSnapshot own =
        user.isStaff()
            ? assessments.read(user, schoolCode, cycle)
            : assessments.open(user, schoolCode, cycle);
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
            cohort(cycle, questionnaire),
            groups(chosen));
    return new BenchmarkReportAssembler(new PeerAnonymizer(k))
        .assemble(request, random, clock.instant());
  }

  /** Writes the report as an Excel workbook. */
  public void writeWorkbook(BenchmarkReport report, OutputStream out) throws IOException {
    new BenchmarkWorkbookWriter().write(report, out);
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
    for (SubmittedAssessment past : queries.submittedBy(schoolCode)) {
      if (past.cycle() < cycle) {
        earlier.put(past.cycle(), scores(past));
      }
    }
    return earlier;
  }

  /** The cycle's submissions; answers only of those on the school's questionnaire version. */
  private List<PeerSubmission> cohort(int cycle, Questionnaire questionnaire) {
    return queries.submitted(cycle).stream()
        .map(
            s ->
                new PeerSubmission(
                    new SchoolEntry(
                        s.schoolCode(),
                        s.discipline(),
                        s.ownership(),
                        s.region(),
                        s.enrollment(),
                        scores(s)),
                    s.questionnaire().equals(questionnaire.key()) ? s.answers() : Map.of()))
        .toList();
  }

  private Scores scores(SubmittedAssessment submitted) {
    Questionnaire questionnaire = queries.questionnaire(submitted.questionnaire());
    return Scores.of(QuestionnaireScorer.score(questionnaire, submitted.answers()));
  }
}
