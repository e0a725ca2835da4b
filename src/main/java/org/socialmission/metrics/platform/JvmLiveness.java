package org.socialmission.metrics.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: whether this instance can still do work, so that an orchestrator restarts it when it
 * cannot — deadlocked threads never recover, and a heap that stays full after collection means
 * every request will fail. A database outage does not count: the readiness check reports it, and
 * the pool recovers by itself once the database is back.
 */
@Liveness
@ApplicationScoped
public class JvmLiveness implements HealthCheck {

  /** Share of a heap pool still in use after its last collection above which the JVM is stuck. */
  static final double HEAP_LIMIT = 0.95;

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    double fullAfterCollection = fullestHeapPoolAfterCollection();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return HealthCheckResponse.named("jvm")
        .status(deadlocked == null && fullAfterCollection < HEAP_LIMIT)
        .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length)
        .withData("heapFullAfterCollectionPercent", Math.round(fullAfterCollection * 100))
        .withData("heapUsedMb", heap.getUsed() / (1024 * 1024))
        .withData("heapMaxMb", heap.getMax() / (1024 * 1024))
        .build();
  }

  /** The largest share of a heap pool still used after the last garbage collection. */
  private static double fullestHeapPoolAfterCollection() {
    double fullest = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP
          && afterCollection != null
          && afterCollection.getMax() > 0) {
        fullest = Math.max(fullest, (double) afterCollection.getUsed() / afterCollection.getMax());
      }
    }
    return fullest;
  }
}
