package org.socialmission.metrics.report.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialmission.metrics.benchmark.GroupKey;
import org.socialmission.metrics.benchmark.ReleaseGuard;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.SizeBands;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.report.PeerSubmission;
import org.socialmission.metrics.scoring.Answer;

/**
 * A benchmark release in memory, ready for reports: read from the database once per application
 * instance and kept by {@link ReleaseCache} under its id, which is safe because a release never
 * changes.
 *
 * @param k the smallest group size it was published with
 * @param bands the size bands it was published with
 * @param seed the secret its pseudonyms are drawn from
 * @param schools every released school, by code
 */
record LoadedRelease(
    long id,
    ReleaseStamp stamp,
    int k,
    SizeBands bands,
    long seed,
    Set<GroupKey> withheld,
    List<Released> schools) {

  /** Freezes the collections. */
  LoadedRelease {
    withheld = Set.copyOf(withheld);
    schools = List.copyOf(schools);
  }

  /** A released school with its questionnaire version and its shown answers. */
  record Released(SchoolEntry entry, QuestionnaireKey questionnaire, Map<String, Answer> shown) {}

  /** The release as the reports of a school on {@code questionnaire} see it. */
  List<PeerSubmission> cohort(QuestionnaireKey questionnaire) {
    return schools.stream()
        .map(
            s ->
                new PeerSubmission(
                    s.entry(), s.questionnaire().equals(questionnaire) ? s.shown() : Map.of()))
        .toList();
  }

  /** The release as {@link ReleaseGuard} compares a new one with it. */
  ReleaseGuard.Published published() {
    return new ReleaseGuard.Published(schools.stream().map(Released::entry).toList(), withheld);
  }
}
