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

  /** Runs outside a transaction: each step commits its own, so later steps see earlier ones. */
  public void load() {
    if (enabled && demoData.loadBaseIfEmpty()) {
      LOG.info("Empty database: demo schools and accounts added (see README, Demo accounts).");
      if (peersEnabled) {
        int cycle = cycles.current();
        cycles.ensure(cycle - 3, false);
        demoData.loadPeers(cycle);
        releases.publishAutomatically(cycle - 3, Origin.DEMO_DATA);
        releases.publishAutomatically(cycle, Origin.DEMO_DATA);
        LOG.info(
            "Demo peers: a benchmark release of the "
                + cycle
                + " cycle and of three years earlier.");
      }
    }
  }
}
