package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.socialmission.metrics.admin.ImportProgress;

/**
 * How far the imports running on this instance are, by the session that started them, for the
 * upload page to poll while its request is still running. Only this instance knows: behind a load
 * balancer without sticky sessions a poll that lands elsewhere sees no progress, and the page says
 * that the import is running.
 */
@ApplicationScoped
public class ImportProgressBoard {

  /**
   * Where an import stands.
   *
   * @param size the file's size in bytes
   * @param read bytes read and checked so far
   * @param total assessments to write, once the file is valid; 0 before
   * @param written assessments written so far
   */
  public record Status(long size, long read, int total, int written) {

    /** Percent done: reading is the first half, writing the second. */
    public int percent() {
      int reading = size == 0 ? 0 : (int) Math.min(50, 50 * read / size);
      return total == 0 ? reading : 50 + (int) (50L * written / total);
    }
  }

  private final Map<String, Status> running = new ConcurrentHashMap<>();

  /** An import of a file of this size starts for the session; the listener to pass it. */
  ImportProgress start(String session, long size) {
    running.put(session, new Status(size, 0, 0, 0));
    return new ImportProgress() {
      @Override
      public void read(long bytes) {
        running.computeIfPresent(session, (k, s) -> new Status(s.size(), bytes, 0, 0));
      }

      @Override
      public void writing(int assessments) {
        running.computeIfPresent(session, (k, s) -> new Status(s.size(), s.size(), assessments, 0));
      }

      @Override
      public void written(int assessments) {
        running.computeIfPresent(
            session, (k, s) -> new Status(s.size(), s.size(), s.total(), assessments));
      }
    };
  }

  /** The import of the session ended. */
  void finish(String session) {
    running.remove(session);
  }

  /** Where the session's import stands, if one is running here. */
  Optional<Status> of(String session) {
    return Optional.ofNullable(running.get(session));
  }
}
