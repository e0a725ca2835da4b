package org.socialmission.metrics.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.socialmission.metrics.platform.Scheduler;

/**
 * Delivers the outbox every two seconds when SMTP is configured: claims each due mail, sends it,
 * marks it sent, or schedules the next attempt ({@link RetryPause}). When the server cannot be
 * reached the run stops at the first mail, which keeps its place; nothing is lost while the server
 * is down or when an instance dies mid-run (its claims go stale and another instance takes them).
 * Runs outside any transaction, so no connection is held while talking to the server.
 */
@ApplicationScoped
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  /** Most mails one run sends; the next run, two seconds later, goes on. */
  private static final int BATCH = 50;

  @Inject private MailSettings settings;
  @Inject private Outbox outbox;
  @Inject private SmtpSender sender;

  private final AtomicBoolean running = new AtomicBoolean();

  void start(@Observes @Initialized(ApplicationScoped.class) Object application, Scheduler jobs) {
    jobs.every(Duration.ofSeconds(2), "mail delivery", this::deliverDue);
  }

  /** One run: sends the due mails, at most {@value #BATCH}. */
  public void deliverDue() {
    if (!settings.isConfigured() || !running.compareAndSet(false, true)) {
      return;
    }
    try (SmtpSender.Connection connection = sender.connection()) {
      for (long id : outbox.due(BATCH)) {
        Optional<Mail> claimed = outbox.claim(id);
        if (claimed.isPresent() && !deliver(connection, claimed.get())) {
          return;
        }
      }
    } finally {
      running.set(false);
    }
  }

  /** Sends one claimed mail; false when the server cannot be reached, which ends the run. */
  private boolean deliver(SmtpSender.Connection connection, Mail mail) {
    try {
      connection.send(mail);
      outbox.sent(mail.getId());
      return true;
    } catch (SendFailedException | AddressException refused) {
      LOG.warning(() -> "Mail " + mail.getId() + " refused: " + refused.getMessage());
      outbox.failed(mail.getId(), mail.getAttempts(), refused.getMessage(), true);
      return true;
    } catch (MessagingException | RuntimeException unreachable) {
      LOG.log(
          Level.WARNING,
          "Mail " + mail.getId() + " not delivered (attempt " + mail.getAttempts() + ")",
          unreachable);
      outbox.failed(mail.getId(), mail.getAttempts(), unreachable.toString(), false);
      return false;
    }
  }
}
