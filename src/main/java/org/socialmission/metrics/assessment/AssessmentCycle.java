package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Year;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The assessment cycle schools work on now: {@code smm.cycle} if set, else the current year.
 * Until staff open and close cycles, only the current cycle is open.
 */
@ApplicationScoped
public class AssessmentCycle {

  @Inject
  @ConfigProperty(name = "smm.cycle")
  private Optional<Integer> configured;

  public int current() {
    return configured.orElseGet(() -> Year.now(Clock.systemUTC()).getValue());
  }

  /** Whether answers of this cycle may still change (and submissions be reopened). */
  public boolean isOpen(int cycle) {
    return cycle == current();
  }
}
