package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.socialmission.metrics.platform.Scheduler;

/**
 * Sends the reminders due, every hour ({@link Reminders}); every instance of a cluster does it, and
 * each reminder still goes out once. Seven minutes past the hour, server time.
 */
@ApplicationScoped
public class ReminderJob {

  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

  @Inject private Reminders reminders;

  void start(@Observes @Initialized(ApplicationScoped.class) Object application, Scheduler jobs) {
    jobs.at("7 * * * *", "deadline reminders", this::remind);
  }

  /** One run: sends the reminders due now. */
  public void remind() {
    int sent = reminders.sendDue();
    if (sent > 0) {
      LOG.info(() -> "Deadline reminders sent to " + sent + " schools");
    }
  }
}
