package org.socialmission.metrics.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.questionnaire.Modality;

/**
 * The status of the signed-in member's school on the team and dean home pages: the cycle and its
 * deadline, the state, progress overall and per modality with each modality's owner, and where to
 * continue — the step this person last had open, else the first step with something missing.
 */
@Named
@RequestScoped
public class StatusBacking {

  @Inject private CurrentUser currentUser;
  @Inject private AssessmentService service;
  @Inject private AssessmentQueries queries;
  @Inject private CycleService cycles;

  private AssessmentSnapshot snapshot;
  private List<WizardStep> steps;

  private AssessmentSnapshot snapshot() {
    if (snapshot == null) {
      var user = currentUser.require();
      snapshot = service.open(user, user.schoolCode(), cycles.current());
    }
    return snapshot;
  }

  public AssessmentSnapshot getSnapshot() {
    return snapshot();
  }

  /** Each modality with its progress and owner. */
  public List<WizardStep> getSteps() {
    if (steps == null) {
      steps =
          WizardStep.of(
              queries.questionnaire(snapshot()),
              queries.scores(snapshot()),
              snapshot().owners(),
              null);
    }
    return steps;
  }

  /** Required questions answered, over all modalities. */
  public int getAnswered() {
    return getSteps().stream().mapToInt(WizardStep::answered).sum();
  }

  /** Required questions, over all modalities. */
  public int getRequired() {
    return getSteps().stream().mapToInt(WizardStep::required).sum();
  }

  /** The share of required questions answered, 0–100, rounded down. */
  public int getPercent() {
    return getRequired() == 0 ? 100 : (int) Math.floor(100.0 * getAnswered() / getRequired());
  }

  /** The step to continue at. */
  public String getContinueStep() {
    String last = snapshot().lastStep();
    if (last != null && Modality.IDS.contains(last)) {
      return last;
    }
    return getSteps().stream()
        .filter(s -> !s.isComplete())
        .map(WizardStep::id)
        .findFirst()
        .orElse(Modality.IDS.get(0));
  }

  /** The title of the step to continue at. */
  public String getContinueTitle() {
    String id = getContinueStep();
    return getSteps().stream()
        .filter(s -> s.id().equals(id))
        .map(WizardStep::title)
        .findFirst()
        .orElse(id);
  }

  /** The deadline of the cycle, or null when it has none. */
  public LocalDate getDeadline() {
    return cycles.deadline(snapshot().cycle()).orElse(null);
  }
}
