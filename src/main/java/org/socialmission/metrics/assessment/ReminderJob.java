package org.socialmission.metrics.assessment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends the reminders due, every hour ({@link Reminders}); every instance of a cluster does it, and
 * each reminder still goes out once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

  @Inject private Reminders reminders;

  @Schedule(hour = "*", minute = "7", persistent = false)
  public void remind() {
    int sent = reminders.sendDue();
    if (sent > 0) {
      LOG.info(() -> "Deadline reminders sent to " + sent + " schools");
    }
  }
}
