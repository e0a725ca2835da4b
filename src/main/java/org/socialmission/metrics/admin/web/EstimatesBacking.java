package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.admin.DataQualityService;
import org.socialmission.metrics.assessment.SchoolEstimates;

/**
 * The dashboard's data-quality table: the schools of the shown cycle and discipline that lean on
 * estimates, heaviest first. The cycle and discipline are the dashboard's ({@link
 * DashboardBacking}).
 */
@Named
@RequestScoped
public class EstimatesBacking {

  /** Most schools listed. */
  static final int SHOWN = 20;

  @Inject private CurrentUser currentUser;
  @Inject private DataQualityService dataQuality;
  @Inject private DashboardBacking dashboard;

  private List<SchoolEstimates> schools;

  /** The schools leaning most on estimates, at most {@value #SHOWN}. */
  public List<SchoolEstimates> getSchools() {
    if (schools == null) {
      schools =
          dataQuality.leaningOnEstimates(
              currentUser.require(), dashboard.getCycle(), dashboard.getDiscipline(), SHOWN);
    }
    return schools;
  }
}
