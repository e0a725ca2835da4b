package org.socialmission.metrics.admin.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one rule by which {@link ResearchExporter} hides an attribute within a group of at least k
 * schools: the values held by fewer than k members are withheld, together; and if those members
 * number fewer than k altogether, the attribute is withheld for the whole group, since a single
 * small cell hidden next to shown siblings is the group total minus the siblings.
 */
final class Withholding {

  private Withholding() {}

  /**
   * The values of {@code attribute} to withhold among {@code members}; empty when every value may
   * show.
   */
  static <T, V> Set<V> withheld(List<T> members, Function<T, V> attribute, int k) {
    Map<V, Long> counts =
        members.stream().collect(Collectors.groupingBy(attribute, Collectors.counting()));
    Set<V> small =
        counts.keySet().stream().filter(v -> counts.get(v) < k).collect(Collectors.toSet());
    long hidden = small.stream().mapToLong(counts::get).sum();
    return small.isEmpty() || hidden >= k ? small : counts.keySet();
  }
}
