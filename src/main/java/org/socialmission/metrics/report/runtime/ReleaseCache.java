package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.benchmark.GroupKey;
import org.socialmission.metrics.benchmark.SizeBands;
import org.socialmission.metrics.platform.NotFoundException;

/**
 * The releases this application instance has read, by id: a release is read from the database the
 * first time it is needed and then served from memory. Only ids reach this cache and a release
 * never changes, so instances that share a database never disagree; which release is the latest is
 * always asked of the database ({@link ReleaseRepository#latestId}). Keeps the few most recently
 * used releases.
 */
@ApplicationScoped
public class ReleaseCache {

  // A release of 10,000 schools with their answers takes ~100 MB: keep a few, not every one.
  private static final int KEPT = 4;

  private ReleaseRepository releases;
  private AssessmentQueries queries;

  private final Map<Long, LoadedRelease> loaded =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, LoadedRelease> eldest) {
              return size() > KEPT;
            }
          });

  /** One lock per release id: requests that need a release being read wait for that reading. */
  private final Map<Long, Object> reading = new ConcurrentHashMap<>();

  /** For the container's proxy. */
  protected ReleaseCache() {}

  @Inject
  ReleaseCache(ReleaseRepository releases, AssessmentQueries queries) {
    this.releases = releases;
    this.queries = queries;
  }

  /**
   * The release with this id. It is read once, however many requests ask for it at the same time:
   * the others wait (a release of 10,000 schools read by a dozen requests at once would fill the
   * heap).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LoadedRelease get(long id) {
    LoadedRelease release = loaded.get(id);
    if (release != null) {
      return release;
    }
    synchronized (reading.computeIfAbsent(id, key -> new Object())) {
      release = loaded.get(id);
      if (release == null) {
        release = load(id);
        loaded.put(id, release);
      }
      return release;
    }
  }

  private LoadedRelease load(long id) {
    BenchmarkRelease release =
        releases.find(id).orElseThrow(() -> new NotFoundException("release.notFound", id));
    var schools =
        releases.schools(id).stream()
            .map(
                s ->
                    new LoadedRelease.Released(
                        s.entry(),
                        s.questionnaire(),
                        ReleasedAnswers.read(
                            s.answers(), queries.questionnaire(s.questionnaire()))))
            .toList();
    Set<GroupKey> withheld =
        release.getWithheld().stream().map(GroupKey::parse).collect(Collectors.toSet());
    return new LoadedRelease(
        id,
        release.stamp(),
        release.getK(),
        SizeBands.parse(release.getSizeBands()),
        release.getSeed(),
        withheld,
        schools);
  }
}
