package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentState;
import org.socialmission.metrics.assessment.ProgressQuery;
import org.socialmission.metrics.assessment.ProgressRow;
import org.socialmission.metrics.platform.AccessDeniedException;

/**
 * Staff's view of how far every school is in a cycle: state, percent complete per modality, last
 * activity. Read from the stored scores, filtered, sorted and paged in the database, so a page
 * costs the same with 300 schools or 10,000; schools that have not opened their assessment show 0
 * %.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletionService {

  @Inject private AssessmentQueries assessments;

  /** Every school, in code order (exports and the API). */
  public List<CompletionRow> rows(SignedInUser staff, int cycle) {
    return page(staff, ProgressQuery.all(cycle));
  }

  /** One page of the table. */
  public List<CompletionRow> page(SignedInUser staff, ProgressQuery query) {
    requireStaff(staff);
    return assessments.progress(query).stream().map(CompletionService::row).toList();
  }

  /** How many schools the query finds, all pages together. */
  public long count(SignedInUser staff, ProgressQuery query) {
    requireStaff(staff);
    return assessments.count(query);
  }

  /** How many schools are in each state, for the summary line. */
  public Map<AssessmentState, Long> countByState(SignedInUser staff, int cycle) {
    requireStaff(staff);
    return assessments.countByState(cycle);
  }

  private static CompletionRow row(ProgressRow progress) {
    return new CompletionRow(
        progress.code(),
        progress.name(),
        progress.discipline(),
        progress.state(),
        progress.modalityPercents(),
        progress.percent(),
        progress.lastActivity());
  }

  private static void requireStaff(SignedInUser staff) {
    if (!staff.isStaff()) {
      throw new AccessDeniedException("admin.completionStaffOnly");
    }
  }
}
