package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.admin.DashboardCalculator.Dashboard;
import org.socialmission.metrics.admin.DashboardCalculator.MeasureSummary;
import org.socialmission.metrics.admin.DashboardService;
import org.socialmission.metrics.assessment.CycleService;

/** {@code /staff/dashboard.xhtml?cycle=…&discipline=…}: scores across schools of one discipline. */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject private CurrentUser currentUser;
  @Inject private DashboardService dashboards;
  @Inject private CycleService cycles;

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

  /** Chart.js bar chart of the overall-score histogram. */
  public String getHistogramJson() {
    String labels =
        IntStream.range(0, 10)
            .mapToObj(i -> "\"" + i * 10 + "–" + (i * 10 + 10) + "\"")
            .collect(Collectors.joining(","));
    String data =
        dashboard.overallHistogram().stream().map(String::valueOf).collect(Collectors.joining(","));
    return "{\"type\":\"bar\",\"data\":{\"labels\":["
        + labels
        + "],\"datasets\":[{\"label\":\"Schools\",\"data\":["
        + data
        + "],\"backgroundColor\":\"#0b6e4f\"}]},\"options\":{\"plugins\":{\"legend\":{\"display\":false}}}}";
  }

  /** Chart.js bar chart of each modality's 25th percentile, median and 75th percentile. */
  public String getModalitiesJson() {
    List<MeasureSummary> modalities = dashboard.measures().subList(1, dashboard.measures().size());
    var context = FacesContext.getCurrentInstance();
    var bundle = context.getApplication().getResourceBundle(context, "msg");
    String labels =
        modalities.stream()
            .map(m -> "\"" + bundle.getString("measure." + m.measure()) + "\"")
            .collect(Collectors.joining(","));
    return "{\"type\":\"bar\",\"data\":{\"labels\":["
        + labels
        + "],\"datasets\":["
        + dataset("P25", modalities, MeasureSummary::p25, "#9fd8c4")
        + ","
        + dataset("Median", modalities, MeasureSummary::median, "#0b6e4f")
        + ","
        + dataset("P75", modalities, MeasureSummary::p75, "#5fb393")
        + "]},\"options\":{\"scales\":{\"y\":{\"min\":0,\"max\":100}}}}";
  }

  private String dataset(
      String label,
      List<MeasureSummary> modalities,
      Function<MeasureSummary, BigDecimal> value,
      String colour) {
    String data =
        modalities.stream()
            .map(m -> value.apply(m) == null ? "null" : oneDecimal(value.apply(m)))
            .collect(Collectors.joining(","));
    return "{\"label\":\""
        + label
        + "\",\"data\":["
        + data
        + "],\"backgroundColor\":\""
        + colour
        + "\"}";
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
    return cycles.all().stream().map(c -> c.getYear()).toList();
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
