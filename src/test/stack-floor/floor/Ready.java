package floor;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The skeleton's one health check. */
@Readiness
@ApplicationScoped
public class Ready implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("floor");
  }
}
