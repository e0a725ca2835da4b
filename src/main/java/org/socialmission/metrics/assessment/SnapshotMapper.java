package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.account.AccountRepository;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentAccess.Action;
import org.socialmission.metrics.school.SchoolProfile;

/**
 * Builds the {@link AssessmentSnapshot} a reader gets of an assessment: its answers, the owners of
 * its modalities, its reopenings, whether its cycle is open, and, for the school's own team, the
 * step the reader last had open. Reads only; {@link AssessmentService} checks access before asking.
 */
@ApplicationScoped
public class SnapshotMapper {

  @Inject private AssessmentRepository assessments;
  @Inject private AccountRepository accounts;
  @Inject private CycleService cycles;

  /** The assessment as the user sees it now. */
  public AssessmentSnapshot snapshot(Assessment assessment, SignedInUser user) {
    return snapshot(
        assessment, owners(assessment), lastStep(assessment, user), reopenings(assessment));
  }

  /**
   * The assessment without the owners of its modalities, its reopenings and the reader's last step
   * (empty, empty, null): for the pages that show none of them, three or four reads fewer.
   */
  public AssessmentSnapshot answersOnly(Assessment assessment) {
    return snapshot(assessment, Map.of(), null, List.of());
  }

  private AssessmentSnapshot snapshot(
      Assessment assessment,
      Map<String, AssessmentSnapshot.Owner> owners,
      String lastStep,
      List<AssessmentSnapshot.ReopeningView> reopenings) {
    return new AssessmentSnapshot(
        assessment.getId(),
        SchoolProfile.of(assessment.getSchool()),
        assessment.getCycle(),
        assessment.getQuestionnaire(),
        assessment.getState(),
        assessment.getRevision(),
        assessment.getUpdatedAt(),
        assessment.getSubmittedAt(),
        assessment.getSubmittedBy() == null ? null : assessment.getSubmittedBy().getDisplayName(),
        StoredAnswers.byQuestion(assessments.answers(assessment)),
        owners,
        lastStep,
        reopenings,
        cycles.isOpen(assessment.getCycle()));
  }

  private Map<String, AssessmentSnapshot.Owner> owners(Assessment assessment) {
    Map<String, AssessmentSnapshot.Owner> owners = new LinkedHashMap<>();
    assessments
        .owners(assessment)
        .forEach(
            (modality, account) ->
                owners.put(
                    modality,
                    new AssessmentSnapshot.Owner(account.getDisplayName(), account.getEmail())));
    return Map.copyOf(owners);
  }

  /** Only the school's own team has a place to return to; staff only look. */
  private String lastStep(Assessment assessment, SignedInUser user) {
    return AssessmentAccess.allows(user, assessment.getSchool().getCode(), Action.WRITE)
        ? assessments.lastStep(assessment, accounts.get(user.accountId())).orElse(null)
        : null;
  }

  private List<AssessmentSnapshot.ReopeningView> reopenings(Assessment assessment) {
    return assessments.reopenings(assessment).stream()
        .map(
            r ->
                new AssessmentSnapshot.ReopeningView(
                    r.getReason(), r.getReopenedBy().getDisplayName(), r.getReopenedAt()))
        .toList();
  }
}
