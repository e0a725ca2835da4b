package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@link InsightService} read about a school during one request: a results page asks for the
 * plan, two crosswalk views, the data quality and the what-if, and each would otherwise load the
 * assessment, its answers and the release again and rescore them.
 */
@RequestScoped
class InsightContexts {

  private final Map<Object, Object> read = new HashMap<>();

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
}
