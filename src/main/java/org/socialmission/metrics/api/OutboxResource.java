package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.assessment.Reminders;
import org.socialmission.metrics.platform.Times;
import org.socialmission.metrics.platform.mail.Mail;
import org.socialmission.metrics.platform.mail.Outbox;

/** The outbox for staff, as on {@code /staff/outbox.xhtml}: the newest mails first. */
@Path("outbox")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

  private static final int MOST = 500;

  @Inject private Outbox outbox;
  @Inject private Reminders reminders;

  /** What a reminder run did: how many schools it reminded now. */
  public record ReminderRun(int schools) {}

  /**
   * One mail.
   *
   * @param state PENDING, SENDING, SENT or FAILED
   * @param body the text, absent once delivered by SMTP
   * @param createdAt when it was written (UTC, ISO)
   * @param sentAt when the SMTP server took it (UTC, ISO), absent before
   */
  public record MailJson(
      String to,
      String subject,
      String body,
      String state,
      int attempts,
      String lastError,
      String createdAt,
      String sentAt) {

    static MailJson of(Mail mail) {
      return new MailJson(
          mail.getRecipient(),
          mail.getSubject(),
          mail.getBody().orElse(null),
          mail.getState().name(),
          mail.getAttempts(),
          mail.getLastError().orElse(null),
          Times.data(mail.getCreatedAt()),
          mail.getSentAt().map(Times::data).orElse(null));
    }
  }

  @GET
  @Operation(
      operationId = "getOutbox",
      summary = "Mails sent and waiting, newest first; to= keeps those whose recipient contains it")
  public List<MailJson> list(@QueryParam("to") @DefaultValue("") String to) {
    return outbox.newest(to, 0, MOST).stream().map(MailJson::of).toList();
  }

  @POST
  @Path("reminders")
  @Operation(
      operationId = "sendReminders",
      summary =
          "Sends the deadline reminders due now (also sent every hour); each school gets each"
              + " reminder once")
  public ReminderRun remind() {
    return new ReminderRun(reminders.sendDue());
  }
}
