package org.socialmission.metrics.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.admin.CompletionRow;
import org.socialmission.metrics.admin.CompletionService;
import org.socialmission.metrics.assessment.AssessmentState;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.CycleYear;
import org.socialmission.metrics.assessment.ProgressQuery;

/**
 * The completion table of a cycle for staff: a page at a time, filtered and sorted by the database
 * (the table's columns name the fields), with the count of schools per state; export as CSV or
 * XLSX.
 */
@Named
@ViewScoped
public class CompletionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private CompletionService completion;
  @Inject private CycleService cycles;

  private Integer cycle;
  private Map<AssessmentState, Long> counts;
  private final LazyDataModel<CompletionRow> rows = new Rows();

  /** The view action. */
  public void load() {
    if (cycle == null) {
      cycle = cycles.current();
    }
    counts = completion.countByState(currentUser.require(), cycle);
  }

  public List<Integer> getCycles() {
    return cycles.years().stream().map(CycleYear::year).toList();
  }

  public AssessmentState[] getStates() {
    return AssessmentState.values();
  }

  /** How many schools are in each state, for the summary line. */
  public long count(AssessmentState state) {
    return counts.getOrDefault(state, 0L);
  }

  public LazyDataModel<CompletionRow> getRows() {
    return rows;
  }

  public Integer getCycle() {
    return cycle;
  }

  public void setCycle(Integer cycle) {
    this.cycle = cycle;
  }

  private ProgressQuery query(
      Map<String, FilterMeta> filters, Map<String, SortMeta> sorts, int first, int max) {
    SortMeta sort =
        sorts.values().stream()
            .filter(s -> s.getOrder() != SortOrder.UNSORTED)
            .findFirst()
            .orElse(null);
    String state = filter(filters, "state");
    return new ProgressQuery(
        cycle,
        filter(filters, "code"),
        filter(filters, "name"),
        filter(filters, "discipline"),
        state == null ? null : AssessmentState.valueOf(state),
        sort == null ? null : sort.getField(),
        sort == null || sort.getOrder() == SortOrder.ASCENDING,
        first,
        max);
  }

  private static String filter(Map<String, FilterMeta> filters, String field) {
    FilterMeta meta = filters.get(field);
    if (meta == null || meta.getFilterValue() == null) {
      return null;
    }
    String value = String.valueOf(meta.getFilterValue()).strip();
    return value.isEmpty() ? null : value;
  }

  /** The table's rows, a page at a time. */
  private final class Rows extends LazyDataModel<CompletionRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) completion.count(currentUser.require(), query(filterBy, Map.of(), 0, 1));
    }

    @Override
    public List<CompletionRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return completion.page(currentUser.require(), query(filterBy, sortBy, first, pageSize));
    }

    @Override
    public String getRowKey(CompletionRow row) {
      return row.code();
    }
  }
}
