package org.socialmission.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
 */
@Singleton
@Startup
public class Bootstrap {

  @Inject private DatabaseMigrator migrator;
  @Inject private QuestionnaireStartup questionnaires;
  @Inject private StartupLock lock;
  @Inject private CycleService cycles;
  @Inject private FirstAdministrator administrator;
  @Inject private DemoDataLoader demoData;
  @Inject private ScoreKeeper scores;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
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
