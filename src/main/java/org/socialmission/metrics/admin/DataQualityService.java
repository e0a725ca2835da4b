package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
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
      SignedInUser staff, int cycle, String discipline) {
    if (!staff.isStaff()) {
      throw new AccessDeniedException("admin.dashboardStaffOnly");
    }
    return estimates.ofCycle(cycle).stream()
        .filter(s -> s.discipline().equals(discipline))
        .sorted(
            Comparator.comparing((SchoolEstimates s) -> s.percent().orElse(BigDecimal.ZERO))
                .reversed()
                .thenComparing(SchoolEstimates::schoolCode))
        .toList();
  }
}
