package org.socialmission.metrics.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.platform.web.FacesMessages;

/**
 * The scores of an assessment: the user's own school (or, for staff, the one in {@code school}), of
 * the current cycle unless {@code cycle} says otherwise. Before submission it is a live preview.
 * View-scoped: the peer group form posts back to this view, which must still know its school.
 */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private AssessmentService service;
  @Inject private AssessmentQueries queries;
  @Inject private CycleService cycles;

  private String school;
  private Integer cycle;
  private AssessmentSnapshot snapshot;
  private ResultsView results;

  /** The view action. */
  public void load() {
    var user = currentUser.require();
    String code = school != null ? school : user.schoolCode();
    int year = cycle != null ? cycle : cycles.current();
    snapshot = service.results(user, code, year);
    results =
        ResultsView.of(
            queries.questionnaire(snapshot),
            queries.scores(snapshot),
            snapshot,
            FacesMessages.locale());
  }

  public AssessmentSnapshot getSnapshot() {
    return snapshot;
  }

  public ResultsView getResults() {
    return results;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public Integer getCycle() {
    return cycle;
  }

  public void setCycle(Integer cycle) {
    this.cycle = cycle;
  }
}
