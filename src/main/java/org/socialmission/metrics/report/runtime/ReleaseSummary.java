package org.socialmission.metrics.report.runtime;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialmission.metrics.platform.Times;

/**
 * A release as staff see it in lists: when and by whom it was published, its schools per
 * discipline, its rules and the groups it withholds.
 *
 * @param schools schools in the release
 * @param counts discipline code → schools in the release, by code
 * @param sizeBands the enrollment bands it offers as filters, e.g. "300–599 students"
 * @param withheld labels of the groups it withholds
 */
public record ReleaseSummary(
    int cycle,
    int number,
    Instant publishedAt,
    String publishedBy,
    String origin,
    int k,
    int schools,
    Map<String, Integer> counts,
    List<String> sizeBands,
    List<String> withheld)
    implements Serializable {

  /** Freezes the collections. */
  public ReleaseSummary {
    counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    sizeBands = List.copyOf(sizeBands);
    withheld = List.copyOf(withheld);
  }

  /** When it was published, for people: {@code 2026-07-01 10:00 UTC}. */
  public String publishedText() {
    return Times.dateTime(publishedAt);
  }
}
