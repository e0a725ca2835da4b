package org.socialmission.metrics.account;

import static org.socialmission.metrics.account.SignInThrottle.PER_ACCOUNT_AND_CLIENT;
import static org.socialmission.metrics.account.SignInThrottle.PER_CLIENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.socialmission.metrics.platform.Scheduler;

/**
 * Deletes failed sign-ins that no throttle counts any more, and "forgot password" requests older
 * than a day, once an hour. Every instance of a cluster does it; deleting what another instance
 * deleted already costs nothing. Twenty-three minutes past the hour, server time, in one
 * transaction.
 */
@ApplicationScoped
public class SignInFailureCleanup {

  private static final Logger LOG = Logger.getLogger(SignInFailureCleanup.class.getName());

  @Inject private SignInFailureRepository failures;
  @Inject private PasswordLinkRepository links;
  @Inject private Clock clock;

  @Inject private SignInFailureCleanup self;

  void start(@Observes @Initialized(ApplicationScoped.class) Object application, Scheduler jobs) {
    jobs.at("23 * * * *", "sign-in failure clean-up", self::deleteForgotten);
  }

  /** One run: deletes what no throttle counts any more. */
  @Transactional
  public void deleteForgotten() {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime oldest =
        min(PER_ACCOUNT_AND_CLIENT.countsSince(now), PER_CLIENT.countsSince(now));
    int deleted = failures.deleteBefore(oldest);
    LOG.fine(() -> deleted + " failed sign-ins older than a day deleted");
    links.deleteRequestsBefore(now.minusDays(1));
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
