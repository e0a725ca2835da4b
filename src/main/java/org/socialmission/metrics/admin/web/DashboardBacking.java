package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.admin.DashboardCalculator.Dashboard;
import org.socialmission.metrics.admin.DashboardCalculator.MeasureSummary;
import org.socialmission.metrics.admin.DashboardService;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.CycleYear;
import org.socialmission.metrics.platform.web.FacesMessages;

/** {@code /staff/dashboard.xhtml?cycle=…&discipline=…}: scores across schools of one discipline. */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject private CurrentUser currentUser;
  @Inject private DashboardService dashboards;
  @Inject private CycleService cycles;

  private List<Integer> years;

  private Integer cycle;
  private String discipline = "medicine";
  private Dashboard dashboard;

  /** The view action. */
  public void load() {
    if (cycle == null) {
      cycle = cycles.current();
    }
    dashboard = dashboards.dashboard(currentUser.require(), cycle, discipline);
  }

  /** Chart.js bar chart of the overall-score histogram, in bins of 10 points. */
  public String getHistogramJson() {
    return DashboardCharts.histogram(dashboard.overallHistogram(), FacesMessages::text);
  }

  /** Chart.js bar chart of each modality's 25th percentile, median and 75th percentile. */
  public String getModalitiesJson() {
    return DashboardCharts.quantiles(
        dashboard.measures().subList(1, dashboard.measures().size()), FacesMessages::text);
  }

  public String oneDecimal(BigDecimal value) {
    return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  public String previousCycle() {
    var previous = dashboards.previousCycle(cycle);
    return previous.isPresent() ? String.valueOf(previous.getAsInt()) : "—";
  }

  public List<MeasureSummary> getMeasures() {
    return dashboard.measures();
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public List<Integer> getCycles() {
    if (years == null) {
      years = cycles.years().stream().map(CycleYear::year).toList();
    }
    return years;
  }

  public Integer getCycle() {
    return cycle;
  }

  public void setCycle(Integer cycle) {
    this.cycle = cycle;
  }

  public String getDiscipline() {
    return discipline;
  }

  public void setDiscipline(String discipline) {
    this.discipline = discipline;
  }
}
