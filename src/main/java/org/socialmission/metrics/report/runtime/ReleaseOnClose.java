package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.socialmission.metrics.assessment.CycleClosed;
import org.socialmission.metrics.report.runtime.BenchmarkRelease.Origin;

/**
 * Publishes a benchmark release when a cycle closes, if the cycle's release policy says so (the
 * default): the release the schools of a cycle get after it closed, as the national survey did. It
 * withholds groups that moved by too few schools rather than failing, and publishes nothing when
 * nothing changed since the latest release.
 */
@ApplicationScoped
public class ReleaseOnClose {

  private static final Logger LOG = Logger.getLogger(ReleaseOnClose.class.getName());

  @Inject private ReleaseService releases;

  void onClose(@Observes(during = TransactionPhase.AFTER_SUCCESS) CycleClosed closed) {
    int cycle = closed.year();
    if (!releases.publishesOnClose(cycle)) {
      return;
    }
    try {
      releases
          .publishAutomatically(cycle, Origin.CYCLE_CLOSED)
          .ifPresent(r -> LOG.info(() -> "Cycle " + cycle + " closed: release " + r.number()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cycle " + cycle + " closed, but its release failed", e);
    }
  }
}
