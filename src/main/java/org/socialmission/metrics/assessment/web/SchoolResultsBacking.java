package org.socialmission.metrics.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.assessment.AssessmentAccess;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentState;
import org.socialmission.metrics.assessment.CycleService;

/**
 * Whether the school page offers staff the school's results of the current cycle: only when the
 * results page has something to show ({@link AssessmentState#hasResults}); the page of a school
 * that has not started answers "not found" or shows nothing but zeros.
 */
@Named
@RequestScoped
public class SchoolResultsBacking {

  @Inject private CurrentUser currentUser;
  @Inject private AssessmentQueries queries;
  @Inject private CycleService cycles;

  private final Map<String, Boolean> shown = new HashMap<>();

  /**
   * Whether the user may read the school's results of the current cycle and there are some; asked
   * once a request per school, however often the page renders the question.
   */
  public boolean shown(String schoolCode) {
    return shown.computeIfAbsent(
        schoolCode,
        code ->
            AssessmentAccess.allows(currentUser.require(), code, AssessmentAccess.Action.READ)
                && queries.state(code, getCycle()).map(AssessmentState::hasResults).orElse(false));
  }

  public int getCycle() {
    return cycles.current();
  }
}
