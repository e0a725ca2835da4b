package org.socialmission.metrics.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;

/**
 * What {@link BenchmarkReportAssembler} needs to build one school's report: the school, its answers
 * in the cycle, its scores in earlier cycles, the submitted assessments of the cycle (the school's
 * own may be among them; it is left out of every peer group) and the peer groups wanted.
 *
 * @param discipline the discipline code, e.g. {@code medicine}
 * @param earlierCycles the school's scores by earlier cycle year, for the trend
 */
public record ReportRequest(
    String schoolName,
    String schoolCode,
    String discipline,
    Ownership ownership,
    Region region,
    int enrollment,
    int cycle,
    Questionnaire questionnaire,
    Map<String, Answer> answers,
    Map<Integer, Scores> earlierCycles,
    List<PeerSubmission> cohort,
    List<PeerGroupSpec> groups) {

  /** Requires every part and freezes the collections. */
  public ReportRequest {
    Objects.requireNonNull(schoolName, "schoolName");
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(questionnaire, "questionnaire");
    answers = Map.copyOf(answers);
    earlierCycles = Map.copyOf(earlierCycles);
    cohort = List.copyOf(cohort);
    groups = List.copyOf(groups);
  }
}
