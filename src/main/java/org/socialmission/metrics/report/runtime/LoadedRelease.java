package org.socialmission.metrics.report.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.socialmission.metrics.benchmark.GroupKey;
import org.socialmission.metrics.benchmark.PeerIndex;
import org.socialmission.metrics.benchmark.ReleaseGuard;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.SizeBands;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.report.CohortAnswers;
import org.socialmission.metrics.report.PeerSubmission;
import org.socialmission.metrics.scoring.Answer;

/**
 * A benchmark release in memory, ready for reports: read from the database once per application
 * instance and kept by {@link ReleaseCache} under its id, which is safe because a release never
 * changes.
 *
 * <p>It keeps its k, size bands, pseudonym secret, withheld groups and every released school by
 * code; and, made once for its lifetime, the index of peer groups and each questionnaire's cohort
 * with its answers arranged per question.
 */
final class LoadedRelease {

  private final long id;
  private final ReleaseStamp stamp;
  private final int k;
  private final SizeBands bands;
  private final long seed;
  private final Set<GroupKey> withheld;
  private final List<Released> schools;
  private final PeerIndex index;
  private final Map<QuestionnaireKey, List<PeerSubmission>> cohorts = new ConcurrentHashMap<>();
  private final Map<QuestionnaireKey, CohortAnswers> answers = new ConcurrentHashMap<>();

  /** Freezes the collections and indexes the schools for peer groups. */
  LoadedRelease(
      long id,
      ReleaseStamp stamp,
      int k,
      SizeBands bands,
      long seed,
      Set<GroupKey> withheld,
      List<Released> schools) {
    this.id = id;
    this.stamp = stamp;
    this.k = k;
    this.bands = bands;
    this.seed = seed;
    this.withheld = Set.copyOf(withheld);
    this.schools = List.copyOf(schools);
    this.index = new PeerIndex(this.schools.stream().map(Released::entry).toList());
  }

  /** A released school with its questionnaire version and its shown answers. */
  record Released(SchoolEntry entry, QuestionnaireKey questionnaire, Map<String, Answer> shown) {}

  long id() {
    return id;
  }

  ReleaseStamp stamp() {
    return stamp;
  }

  int k() {
    return k;
  }

  SizeBands bands() {
    return bands;
  }

  long seed() {
    return seed;
  }

  Set<GroupKey> withheld() {
    return withheld;
  }

  List<Released> schools() {
    return schools;
  }

  /** The released schools arranged for peer groups, built once with the release. */
  PeerIndex index() {
    return index;
  }

  /** The release as the reports of a school on {@code questionnaire} see it, made once. */
  List<PeerSubmission> cohort(QuestionnaireKey questionnaire) {
    return cohorts.computeIfAbsent(
        questionnaire,
        q ->
            schools.stream()
                .map(
                    s ->
                        new PeerSubmission(
                            s.entry(), s.questionnaire().equals(q) ? s.shown() : Map.of()))
                .toList());
  }

  /** The answers of {@link #cohort}, arranged per discipline and question once. */
  CohortAnswers answers(QuestionnaireKey questionnaire) {
    return answers.computeIfAbsent(questionnaire, q -> new CohortAnswers(cohort(q)));
  }

  /** The release as {@link ReleaseGuard} compares a new one with it. */
  ReleaseGuard.Published published() {
    return new ReleaseGuard.Published(schools.stream().map(Released::entry).toList(), withheld);
  }
}
