package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.school.SchoolScope;
import org.socialmission.metrics.school.SchoolService;

/**
 * What the benchmark and insight services read during one request, read once. A results page asks
 * for the benchmark, the plan, two crosswalk views, the data quality and the what-if: each would
 * otherwise ask the database again for the cycle's latest release and the school's profile, and
 * load the assessment and its answers and rescore them. Nothing here is written during a request
 * that reads it; a release published meanwhile shows on the next request.
 */
@RequestScoped
class RequestReads {

  @Inject private ReleaseRepository releases;
  @Inject private SchoolService schools;

  private final Map<Object, Object> read = new HashMap<>();

  /** The id of the cycle's latest benchmark release, if it has one. */
  Optional<Long> latestRelease(int cycle) {
    return get(new LatestRelease(cycle), () -> releases.latestId(cycle));
  }

  /** The school's profile, in the caller's scope. */
  SchoolProfile profile(SchoolScope scope, String code) {
    return get(new Profile(scope, code), () -> schools.profile(scope, code));
  }

  /** The value read under this key during this request, read now if it was not. */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> reading) {
    Object value = read.get(key);
    if (value == null) {
      value = reading.get();
      read.put(key, value);
    }
    return (T) value;
  }

  private record LatestRelease(int cycle) {}

  private record Profile(SchoolScope scope, String code) {}
}
