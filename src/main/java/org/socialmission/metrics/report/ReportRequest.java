package org.socialmission.metrics.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.socialmission.metrics.benchmark.GroupKey;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;

/**
 * What {@link BenchmarkReportAssembler} needs to build one school's report: the school, its answers
 * in the cycle (live), its scores in earlier cycles, the benchmark release its peers come from (the
 * school's own entry may be among them; it is left out of every peer group) and the peer groups
 * wanted.
 *
 * @param discipline the discipline code, e.g. {@code medicine}
 * @param earlierCycles the school's scores by earlier cycle year, for the trend
 * @param release the release the cohort comes from; empty when the cycle has none yet (the cohort
 *     is then empty and every group says so)
 * @param cohort the schools of the release
 * @param withheld the groups the release withholds between releases
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
    Optional<ReleaseStamp> release,
    List<PeerSubmission> cohort,
    Set<GroupKey> withheld,
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
    Objects.requireNonNull(release, "release");
    cohort = List.copyOf(cohort);
    withheld = Set.copyOf(withheld);
    groups = List.copyOf(groups);
  }
}
