package org.socialmission.metrics.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One administrative change: who, when, what, on what. Never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, length = 254)
  private String actor;

  @Column(nullable = false, length = 64)
  private String action;

  @Column(nullable = false, length = 200)
  private String target;

  @Column(length = 4000)
  private String details;

  protected AuditEvent() {}

  AuditEvent(LocalDateTime occurredAt, String actor, String action, String target, String details) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.target = target;
    this.details =
        details == null || details.length() <= 4000 ? details : details.substring(0, 4000);
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getDetails() {
    return details;
  }
}
