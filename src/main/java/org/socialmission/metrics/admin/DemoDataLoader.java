package org.socialmission.metrics.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the schema is migrated, loads the demo data into an empty database unless
 * {@code smm.demo-data} is {@code false}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "smm.demo-data", defaultValue = "true")
  private boolean enabled;

  @Inject private DemoDataService demoData;

  @PostConstruct
  void load() {
    if (enabled && demoData.loadIfEmpty()) {
      LOG.info("Empty database: demo schools and accounts added (see README, Demo accounts).");
    }
  }
}
