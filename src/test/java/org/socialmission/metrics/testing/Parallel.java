package org.socialmission.metrics.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs calls at the same moment, as parallel clients do: every call waits at a start line until all
 * threads are ready, so the requests really overlap.
 */
public final class Parallel {

  private Parallel() {}

  /** Runs {@code count} calls, call {@code i} made by {@code call.apply(i)}; results in order. */
  public static <T> List<T> run(int count, IntFunction<Callable<T>> call) {
    var ready = new CountDownLatch(count);
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      List<Future<T>> futures =
          IntStream.range(0, count)
              .mapToObj(
                  i ->
                      threads.submit(
                          () -> {
                            ready.countDown();
                            ready.await();
                            return call.apply(i).call();
                          }))
              .toList();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A parallel call failed", e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }

  /** How many responses had each status code, e.g. {@code {200=63, 500=1}}, for messages. */
  public static Map<Integer, Long> statuses(List<? extends HttpResponse<?>> responses) {
    Map<Integer, Long> counts = new TreeMap<>();
    responses.forEach(r -> counts.merge(r.statusCode(), 1L, Long::sum));
    return counts;
  }
}
