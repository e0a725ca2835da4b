package org.socialmission.metrics.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.admin.CompletionRow;
import org.socialmission.metrics.admin.CompletionService;
import org.socialmission.metrics.assessment.AssessmentState;
import org.socialmission.metrics.assessment.CycleService;

/**
 * The completion table of a cycle for staff: filter and sort in the table, export as CSV or XLSX.
 */
@Named
@ViewScoped
public class CompletionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private CompletionService completion;
  @Inject private CycleService cycles;

  private Integer cycle;
  private List<CompletionRow> rows;
  private List<CompletionRow> filtered;

  /** The view action. */
  public void load() {
    if (cycle == null) {
      cycle = cycles.current();
    }
    // A list PrimeFaces may sort in place: every column of the table sorts.
    rows = new ArrayList<>(completion.rows(currentUser.require(), cycle));
  }

  public List<Integer> getCycles() {
    return cycles.all().stream().map(c -> c.getYear()).toList();
  }

  public AssessmentState[] getStates() {
    return AssessmentState.values();
  }

  /** How many schools are in each state, for the summary line. */
  public long count(AssessmentState state) {
    return rows.stream().filter(r -> r.state() == state).count();
  }

  public List<CompletionRow> getRows() {
    return rows;
  }

  public List<CompletionRow> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<CompletionRow> filtered) {
    this.filtered = filtered;
  }

  public Integer getCycle() {
    return cycle;
  }

  public void setCycle(Integer cycle) {
    this.cycle = cycle;
  }
}
