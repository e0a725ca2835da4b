package org.socialmission.metrics.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.benchmark.MeasureResult;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.SizeBand;
import org.socialmission.metrics.benchmark.SizeBands;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.report.runtime.BenchmarkService;
import org.socialmission.metrics.report.runtime.InsightService;
import org.socialmission.metrics.report.runtime.PeerComparison;

/**
 * The peer comparison on the results page, for the school's dean and staff: the benchmark release
 * it comes from (or that there is none yet), the chosen peer group (discipline or all schools,
 * optionally filtered by ownership, region and size band), each measure's quartile and percentile
 * rank in it, or the reason it is not shown; and the workbook link.
 */
@Named
@RequestScoped
public class BenchmarkBacking {

  private static final Logger LOG = Logger.getLogger(BenchmarkBacking.class.getName());

  @Inject private CurrentUser currentUser;
  @Inject private BenchmarkService benchmarks;

  private String group = "discipline";
  private String ownership;
  private String region;
  private String size;
  private PeerComparison comparison;
  private SizeBands bands;
  private PeerGroupResult chosen;
  private String error;

  /** Whether the signed-in user may see the school's benchmarks. */
  public boolean allowed(String schoolCode) {
    return currentUser.require().leads(schoolCode);
  }

  /** Computes the chosen group; called by the page with the assessment it shows. */
  public PeerGroupResult chosen(AssessmentSnapshot own) {
    String schoolCode = own.schoolCode();
    int cycle = own.cycle();
    if (chosen == null && error == null) {
      try {
        comparison = benchmarks.comparison(currentUser.require(), own, peerGroup());
        chosen = comparison.group();
      } catch (ApplicationException e) {
        error = FacesMessages.text(e);
      } catch (IllegalArgumentException e) {
        LOG.log(Level.WARNING, e, () -> "No benchmark of " + schoolCode + " in " + cycle);
        error = FacesMessages.text("benchmark.unavailable");
      }
    }
    return chosen;
  }

  /** The peer group the page's parameters choose, as the benchmark and insights read it. */
  InsightService.Group peerGroup() {
    return new InsightService.Group(group, ownership, region, size);
  }

  /**
   * Which release the figures come from, or that there is none yet; null before {@link #chosen}.
   */
  public String release() {
    return comparison == null ? null : comparison.releaseText();
  }

  /** Whether the cycle has a release to compare with. */
  public boolean hasRelease() {
    return comparison != null && comparison.release().isPresent();
  }

  /** The enrollment bands the cycle's groups may be filtered on, with their ranges. */
  public List<SizeBand> sizeBands(int cycle) {
    SizeBands read = bands(cycle);
    return read.isFilter() ? read.bands() : List.of();
  }

  private SizeBands bands(int cycle) {
    if (bands == null) {
      bands = benchmarks.sizeBands(cycle);
    }
    return bands;
  }

  /** The measures of a reported group, overall first. */
  public List<MeasureResult> measures(PeerGroupResult result) {
    return result instanceof PeerGroupResult.Reported reported ? reported.measures() : List.of();
  }

  public boolean reported(PeerGroupResult result) {
    return result instanceof PeerGroupResult.Reported;
  }

  public String reason(PeerGroupResult result) {
    return result instanceof PeerGroupResult.Suppressed suppressed ? suppressed.reason() : null;
  }

  /** The workbook's address for the chosen group, relative to the application. */
  public String workbookPath(String schoolCode, int cycle) {
    return "/api/schools/"
        + schoolCode
        + "/benchmarks/"
        + cycle
        + ".xlsx?group="
        + encode(group)
        + (ownership == null || ownership.isBlank() ? "" : "&ownership=" + encode(ownership))
        + (region == null || region.isBlank() ? "" : "&region=" + encode(region))
        + (size == null || size.isBlank() ? "" : "&size=" + encode(size));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public String getError() {
    return error;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getOwnership() {
    return ownership;
  }

  public void setOwnership(String ownership) {
    this.ownership = ownership;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }
}
