package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupParameters;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.benchmark.SizeBands;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * What the benchmark and insight services read during one request, read once. A results page asks
 * for the peer group, the plan, two crosswalk views, the data quality and the what-if: each would
 * otherwise ask the database again for the cycle's latest release, score the school's answers again
 * and place it among the same peers again. Nothing here is written during a request that reads it;
 * a release published meanwhile shows on the next request.
 */
@RequestScoped
class RequestReads {

  @Inject private ReleaseRepository releases;
  @Inject private AssessmentQueries queries;
  @Inject private ReleaseCache cache;
  @Inject private ReleaseService releaseService;

  private final Map<Object, Object> read = new HashMap<>();

  /** Score cards by the assessment read in this request (the same answers, the same card). */
  private final Map<AssessmentSnapshot, ScoreCard> cards = new IdentityHashMap<>();

  /** The id of the cycle's latest benchmark release, if it has one. */
  Optional<Long> latestRelease(int cycle) {
    return get(new LatestRelease(cycle), () -> releases.latestId(cycle));
  }

  /** The scores of an assessment read in this request. */
  ScoreCard card(AssessmentSnapshot snapshot) {
    return cards.computeIfAbsent(snapshot, queries::scores);
  }

  /** The school's assessment with its peer group of the cycle's latest release. */
  PeerContext context(SignedInUser user, AssessmentSnapshot snapshot, InsightService.Group group) {
    return get(
        new Context(user, snapshot.schoolCode(), snapshot.cycle(), group),
        () -> read(user, snapshot, group));
  }

  /**
   * The context's peer group without per-peer rows (which alone draw on a random generator), placed
   * once per request whoever asks: the benchmark table and the plan's quartiles show the same.
   *
   * @throws java.util.NoSuchElementException without a release
   */
  PeerGroupResult peerGroup(PeerContext context) {
    LoadedRelease release = context.release().orElseThrow();
    return get(
        new Placed(release.id(), context.school(), context.spec()),
        () ->
            new PeerAnonymizer(release.k())
                .benchmark(
                    context.school(),
                    release.index(),
                    release.withheld(),
                    context.spec(),
                    new SplittableRandom(0),
                    false));
  }

  /** The value read under this key during this request, read now if it was not. */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> reading) {
    Object value = read.get(key);
    if (value == null) {
      value = reading.get();
      read.put(key, value);
    }
    return (T) value;
  }

  private PeerContext read(
      SignedInUser user, AssessmentSnapshot snapshot, InsightService.Group group) {
    Optional<LoadedRelease> release = latestRelease(snapshot.cycle()).map(cache::get);
    SizeBands bands = release.map(LoadedRelease::bands).orElseGet(releaseService::configuredBands);
    PeerGroupSpec spec =
        PeerGroupParameters.parse(
            group.group(), group.ownership(), group.region(), group.size(), bands);
    SchoolProfile profile = snapshot.school();
    Questionnaire questionnaire = queries.questionnaire(snapshot);
    Map<String, Answer> answers = queries.answersOf(snapshot);
    ScoreCard card =
        cards.computeIfAbsent(snapshot, s -> QuestionnaireScorer.score(questionnaire, answers));
    SchoolEntry school =
        new SchoolEntry(
            profile.code(),
            profile.discipline(),
            profile.ownership(),
            profile.region(),
            profile.enrollment(),
            Scores.of(card));
    return new PeerContext(snapshot, questionnaire, answers, card, school, release, spec);
  }

  private record LatestRelease(int cycle) {}

  /** Who asked about which school, cycle and peer group. */
  private record Context(
      SignedInUser user, String schoolCode, int cycle, InsightService.Group group) {}

  /** A school's place in a release's peer group. */
  private record Placed(long release, SchoolEntry school, PeerGroupSpec spec) {}
}
