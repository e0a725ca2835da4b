package org.socialmission.metrics.report.runtime;

import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Everything one request about a school and a peer group needs, read once ({@link
 * RequestReads#context}): the school's assessment, its questionnaire, answers and scores, the
 * school as a peer entry, the cycle's latest release (if any) and the chosen peer group.
 */
record PeerContext(
    AssessmentSnapshot snapshot,
    Questionnaire questionnaire,
    Map<String, Answer> answers,
    ScoreCard card,
    SchoolEntry school,
    Optional<LoadedRelease> release,
    PeerGroupSpec spec) {

  Optional<ReleaseStamp> stamp() {
    return release.map(LoadedRelease::stamp);
  }

  /** The peer group's name for this school ("Medicine schools", …). */
  String label() {
    return spec.label(school.discipline());
  }
}
