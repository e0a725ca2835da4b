package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentProgress;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentState;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.school.SchoolFilter;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.school.SchoolService;
import org.socialmission.metrics.scoring.ModalityScore;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Staff's view of how far every school is in a cycle: state, percent complete per modality, last
 * activity.
 */
@ApplicationScoped
public class CompletionService {

  private static final int ALL = Integer.MAX_VALUE;

  @Inject private SchoolService schools;
  @Inject private AssessmentQueries assessments;

  /** Every school, in code order; schools that have not opened their assessment show 0 %. */
  public List<CompletionRow> rows(SignedInUser staff, int cycle) {
    if (!staff.isStaff()) {
      throw new AccessDeniedException("admin.completionStaffOnly");
    }
    Map<String, AssessmentProgress> progress =
        assessments.progress(cycle).stream()
            .collect(Collectors.toMap(AssessmentProgress::schoolCode, Function.identity()));
    return schools.list(staff.scope(), SchoolFilter.NONE, 0, ALL).stream()
        .map(school -> row(school, progress.get(school.code())))
        .toList();
  }

  private static CompletionRow row(SchoolProfile school, AssessmentProgress progress) {
    if (progress == null) {
      return new CompletionRow(
          school.code(),
          school.name(),
          school.disciplineName(),
          AssessmentState.NOT_STARTED,
          Modality.IDS.stream().map(id -> 0).toList(),
          0,
          null);
    }
    ScoreCard card = progress.card();
    List<Integer> percents = card.modalities().stream().map(CompletionService::percent).toList();
    return new CompletionRow(
        school.code(),
        school.name(),
        school.disciplineName(),
        progress.state(),
        percents,
        percent(card.answeredRequired(), card.required()),
        progress.lastActivity());
  }

  private static int percent(ModalityScore modality) {
    return percent(modality.answeredRequired(), modality.required());
  }

  static int percent(int answered, int required) {
    return required == 0 ? 100 : (int) Math.floor(100.0 * answered / required);
  }
}
