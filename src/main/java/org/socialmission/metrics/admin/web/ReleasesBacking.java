package org.socialmission.metrics.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.CycleYear;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.report.runtime.ReleaseRefusedException;
import org.socialmission.metrics.report.runtime.ReleaseService;
import org.socialmission.metrics.report.runtime.ReleaseSummary;

/**
 * Staff publish benchmark releases of a cycle, see the cycle's releases, and set whether closing
 * the cycle publishes one. A refused publication lists the groups concerned.
 */
@Named
@ViewScoped
public class ReleasesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private ReleaseService releases;
  @Inject private CycleService cycles;

  private Integer cycle;
  private boolean withhold;
  private boolean publishOnClose;
  private List<String> refused = List.of();
  private List<ReleaseSummary> list = List.of();

  /** The view action: the current cycle unless one is asked for. */
  public void load() {
    if (cycle == null) {
      cycle = cycles.current();
    }
    publishOnClose = releases.publishesOnClose(cycle);
    list = releases.list(currentUser.require(), cycle);
  }

  public void publish() {
    refused = List.of();
    try {
      ReleaseSummary release = releases.publish(currentUser.require(), cycle, withhold);
      list = releases.list(currentUser.require(), cycle);
      FacesMessages.info("releases.published", release.number(), cycle, release.schools());
    } catch (ReleaseRefusedException e) {
      refused = e.groups();
      FacesMessages.error(e);
    } catch (ApplicationException e) {
      FacesMessages.error(e);
    }
  }

  public void savePolicy() {
    releases.setPublishOnClose(currentUser.require(), cycle, publishOnClose);
    FacesMessages.info(publishOnClose ? "releases.policy.on" : "releases.policy.off", cycle);
  }

  /** The cycle's releases, newest first. */
  public List<ReleaseSummary> getReleases() {
    return list;
  }

  public List<Integer> getCycles() {
    return cycles.years().stream().map(CycleYear::year).toList();
  }

  /** Groups named by the last refused publication. */
  public List<String> getRefused() {
    return refused;
  }

  public Integer getCycle() {
    return cycle;
  }

  public void setCycle(Integer cycle) {
    this.cycle = cycle;
  }

  public boolean isWithhold() {
    return withhold;
  }

  public void setWithhold(boolean withhold) {
    this.withhold = withhold;
  }

  public boolean isPublishOnClose() {
    return publishOnClose;
  }

  public void setPublishOnClose(boolean publishOnClose) {
    this.publishOnClose = publishOnClose;
  }
}
