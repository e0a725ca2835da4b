package org.socialmission.metrics.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the application's recurring jobs (mail delivery, reminders, clean-ups) on the server's
 * managed scheduled executor, the Jakarta Concurrency replacement for EJB timers: the application
 * then deploys without the EJB container.
 *
 * <p>Each instance of a cluster runs every job; the jobs coordinate through the database (claims
 * and conditional updates), as before. A job's run never overlaps with its own next run, an
 * exception ends that run only (it is logged), and the jobs stop when the application does.
 *
 * <p>A job runs on a managed thread without a transaction or a request: what it calls is {@code
 * Transactional} itself, and a job that needs request-scoped beans activates a request context
 * ({@code ActivateRequestContext}).
 */
@ApplicationScoped
public class Scheduler {

  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  @Resource private ManagedScheduledExecutorService executor;

  private final List<Future<?>> scheduled = new CopyOnWriteArrayList<>();

  /** Runs the job now and then again {@code pause} after each run ends. */
  public void every(Duration pause, String name, Runnable job) {
    scheduled.add(
        executor.scheduleWithFixedDelay(
            guarded(name, job), 0, pause.toMillis(), TimeUnit.MILLISECONDS));
  }

  /**
   * Runs the job at the times of a cron expression in the server's zone (minutes, hours, day of
   * month, month, day of week: {@code "7 * * * *"} is seven minutes past every hour), as EJB's
   * {@code @Schedule} did.
   */
  public void at(String cron, String name, Runnable job) {
    scheduled.add(
        executor.schedule(guarded(name, job), new CronTrigger(cron, ZoneId.systemDefault())));
  }

  @PreDestroy
  void stop() {
    scheduled.forEach(future -> future.cancel(false));
  }

  /** Logs what a run throws: an escaping exception would end a fixed-delay schedule for good. */
  private static Runnable guarded(String name, Runnable job) {
    return () -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Job " + name + " failed; it runs again at its next time", e);
      }
    };
  }
}
