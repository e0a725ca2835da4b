package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.report.runtime.BenchmarkRelease.Origin;
import org.socialmission.metrics.report.runtime.ReleaseService;

/**
 * At start-up, after the schema is migrated and the questionnaires are loaded, loads the demo data
 * into an empty database unless {@code smm.demo-data} is {@code false}, with the synthetic peer
 * schools unless {@code smm.demo-peers} is {@code false}; with the peers, it publishes the first
 * benchmark release of both demo cycles, so deans see peer figures from the start.
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "smm.demo-data", defaultValue = "true")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "smm.demo-peers", defaultValue = "true")
  private boolean peersEnabled;

  @Inject private DemoDataService demoData;
  @Inject private CycleService cycles;
  @Inject private ReleaseService releases;

  /**
   * Adds the demo schools and accounts to a database without schools, if demo data is on. Joins the
   * caller's transaction (start-up holds the start-up lock around it).
   *
   * @return whether they were added, in which case {@link #loadPeers()} follows
   */
  public boolean loadBase() {
    boolean added = enabled && demoData.loadBaseIfEmpty();
    if (added) {
      LOG.info("Empty database: demo schools and accounts added (see README, Demo accounts).");
    }
    return added && peersEnabled;
  }

  /**
   * Adds the synthetic peer schools, each in its own transaction, after {@link #loadBase()}, and
   * publishes a benchmark release of both their cycles.
   */
  public void loadPeers() {
    int cycle = cycles.current();
    cycles.ensure(cycle - 3, false);
    demoData.loadPeers(cycle);
    releases.publishAutomatically(cycle - 3, Origin.DEMO_DATA);
    releases.publishAutomatically(cycle, Origin.DEMO_DATA);
    LOG.info(
        "Demo peers: a benchmark release of the " + cycle + " cycle and of three years earlier.");
  }
}
