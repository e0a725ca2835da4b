package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialmission.metrics.platform.AuditEvent;
import org.socialmission.metrics.platform.AuditLog;

/** {@code /staff/audit.xhtml?q=…}: the newest administrative changes, filtered by text. */
@Named
@RequestScoped
public class AuditBacking {

  private static final int PAGE = 500;

  @Inject private AuditLog audit;

  private String q;
  private List<AuditEvent> events;

  public List<AuditEvent> getEvents() {
    if (events == null) {
      events = audit.find(q, 0, PAGE);
    }
    return events;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
