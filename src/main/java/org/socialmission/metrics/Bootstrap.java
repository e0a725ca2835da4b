package org.socialmission.metrics;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.socialmission.metrics.account.FirstAdministrator;
import org.socialmission.metrics.admin.DemoDataLoader;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.ScoreKeeper;
import org.socialmission.metrics.platform.DatabaseMigrator;
import org.socialmission.metrics.platform.StartupLock;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireStartup;

/**
 * Start-up in one fixed order, before the application serves requests: migrate the schema, load and
 * check the questionnaires, then — holding the start-up lock, so that instances starting together
 * do it once — make sure a cycle is open, create the configured first administrator, store the
 * scores of assessments kept without them, and add demo data to an empty database; the demo peers
 * follow outside the lock. One sequence instead of a web of {@code @DependsOn}, which Payara
 * resolved unreliably. Runs outside a transaction so each step commits before the next.
 *
 * <p>The sequence begins on a managed thread as soon as the web module starts ({@link
 * BootstrapInitializer}), so that it runs while the server sets up Faces on the other processor,
 * and the start of the application scope waits for it: the server fires that event before it serves
 * any request, and this observer's priority puts it before every other one (the recurring jobs
 * start there, on a migrated database). An exception in the sequence fails the deployment.
 */
@ApplicationScoped
public class Bootstrap {

  @Inject private DatabaseMigrator migrator;
  @Inject private QuestionnaireStartup questionnaires;
  @Inject private StartupLock lock;
  @Inject private CycleService cycles;
  @Inject private FirstAdministrator administrator;
  @Inject private DemoDataLoader demoData;
  @Inject private ScoreKeeper scores;
  @Inject private Bootstrap self;
  @Resource private ManagedExecutorService executor;

  private Future<?> sequence;

  /** Begins the sequence on a managed thread, once. */
  synchronized void begin() {
    if (sequence == null) {
      sequence = executor.submit(self::run);
    }
  }

  void awaitSequence(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object application)
      throws InterruptedException {
    begin();
    try {
      sequence.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("Start-up failed", e.getCause());
    }
  }

  @ActivateRequestContext
  void run() {
    migrator.migrate();
    questionnaires.load();
    boolean demoPeersDue =
        lock.runExclusively(
            () -> {
              cycles.openFirstIfNone();
              administrator.createIfConfigured();
              while (scores.backfillBatch() == ScoreKeeper.BATCH) {
                // Assessments stored before scores were kept, a batch per transaction.
              }
              return demoData.loadBase();
            });
    if (demoPeersDue) {
      demoData.loadPeers();
    }
  }
}
