package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.EstimateQueries;
import org.socialmission.metrics.assessment.SchoolEstimates;
import org.socialmission.metrics.platform.AccessDeniedException;

/**
 * For staff: which schools of a cycle and discipline lean on estimates, the heaviest first, so that
 * the initiative can ask before trusting their figures. Names schools, so staff only.
 */
@ApplicationScoped
public class DataQualityService {

  @Inject private EstimateQueries estimates;

  /** The schools with answers marked estimate, by share of points on estimates, highest first. */
  public List<SchoolEstimates> leaningOnEstimates(
      SignedInUser staff, int cycle, String discipline, int max) {
    if (!staff.isStaff()) {
      throw new AccessDeniedException("admin.dashboardStaffOnly");
    }
    return estimates.leaningOnEstimates(cycle, discipline, max);
  }
}
