package org.socialmission.metrics.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.IncompleteAssessmentException;
import org.socialmission.metrics.assessment.MissingAnswer;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.web.FacesMessages;

/**
 * The review step: what required questions are still unanswered (with links to them), and for the
 * dean the submission, or the reopening of a submitted assessment with a reason.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private AssessmentService service;
  @Inject private AssessmentQueries queries;
  @Inject private CycleService cycles;

  private AssessmentSnapshot snapshot;
  private List<MissingAnswer> missing;
  private List<MissingAnswer> unconfirmed;
  private String reason;

  /** The view action. */
  public void load() {
    var user = currentUser.require();
    snapshot = service.open(user, user.schoolCode(), cycles.current());
    missing = queries.missing(snapshot);
    unconfirmed = queries.unconfirmed(snapshot);
  }

  public String submit() {
    try {
      service.submit(currentUser.require(), snapshot.schoolCode(), snapshot.cycle());
      return "/assessment/results?faces-redirect=true";
    } catch (IncompleteAssessmentException e) {
      return failed(e);
    }
  }

  public String reopen() {
    try {
      service.reopen(currentUser.require(), snapshot.schoolCode(), snapshot.cycle(), reason);
      return "/assessment/review?faces-redirect=true";
    } catch (ApplicationException e) {
      return failed(e);
    }
  }

  private String failed(ApplicationException e) {
    FacesMessages.error(e);
    load();
    return null;
  }

  public boolean isDean() {
    return currentUser.require().isDeanOf(snapshot.schoolCode());
  }

  public AssessmentSnapshot getSnapshot() {
    return snapshot;
  }

  /** Answers carried from an earlier cycle that nobody confirmed or changed yet, in order. */
  public List<MissingAnswer> getUnconfirmed() {
    return unconfirmed;
  }

  /** The earlier cycle the unconfirmed answers come from, as text; null when there are none. */
  public String getCarriedFrom() {
    return snapshot.answers().values().stream()
        .filter(AnswerView::isCarried)
        .map(a -> String.valueOf(a.carriedFrom()))
        .findFirst()
        .orElse(null);
  }

  public List<MissingAnswer> getMissing() {
    return missing;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
