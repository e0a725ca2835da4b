package org.socialmission.metrics.report.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.SizeBands;

class ReleaseCacheTest {

  /** A database whose reading of a release's schools takes as long as the test wants. */
  private static final class SlowReleases extends ReleaseRepository {
    final AtomicInteger reads = new AtomicInteger();
    final CountDownLatch finish = new CountDownLatch(1);

    @Override
    public Optional<BenchmarkRelease> find(long id) {
      return Optional.of(
          new BenchmarkRelease(
              2026,
              1,
              LocalDateTime.of(2026, 12, 1, 9, 0),
              "staff@smm.example.org",
              BenchmarkRelease.Origin.STAFF,
              5,
              SizeBands.DEFAULT,
              1L,
              Set.of()));
    }

    @Override
    public List<ReleasedSchool> schools(long releaseId) {
      reads.incrementAndGet();
      try {
        finish.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    }
  }

  @Test
  void requestsAskingForOneReleaseAtOnceReadItOnce() throws InterruptedException {
    SlowReleases releases = new SlowReleases();
    ReleaseCache cache = new ReleaseCache(releases, null);
    List<LoadedRelease> got = new ArrayList<>();
    List<Thread> requests = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread request =
          new Thread(
              () -> {
                LoadedRelease release = cache.get(7);
                synchronized (got) {
                  got.add(release);
                }
              });
      requests.add(request);
      request.start();
    }
    // Every request is either reading the release or waiting: none has got past the cache yet.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (requests.stream().anyMatch(t -> t.getState() == Thread.State.RUNNABLE)
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    releases.finish.countDown();
    for (Thread request : requests) {
      request.join();
    }
    assertEquals(1, releases.reads.get(), "reads of the release's schools");
    assertEquals(8, got.size());
    assertTrue(got.stream().allMatch(r -> r == got.get(0)), "one release for everyone");
    assertSame(got.get(0), cache.get(7), "and kept");
    assertEquals(1, releases.reads.get());
  }
}
