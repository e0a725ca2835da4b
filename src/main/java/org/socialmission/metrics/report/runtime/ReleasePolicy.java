package org.socialmission.metrics.report.runtime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether closing a cycle publishes a benchmark release of it; a cycle without a row does. */
@Entity
@Table(name = "release_policy")
public class ReleasePolicy {

  @Id
  @Column(name = "cycle_year")
  private int cycle;

  @Column(name = "publish_on_close", nullable = false)
  private boolean publishOnClose;

  protected ReleasePolicy() {}

  ReleasePolicy(int cycle, boolean publishOnClose) {
    this.cycle = cycle;
    this.publishOnClose = publishOnClose;
  }

  public int getCycle() {
    return cycle;
  }

  public boolean isPublishOnClose() {
    return publishOnClose;
  }

  void setPublishOnClose(boolean publishOnClose) {
    this.publishOnClose = publishOnClose;
  }
}
