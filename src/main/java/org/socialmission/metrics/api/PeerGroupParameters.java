package org.socialmission.metrics.api;

import java.util.Arrays;
import java.util.Locale;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Reads the {@code group}, {@code ownership} and {@code region} parameters of benchmark requests.
 */
public final class PeerGroupParameters {

  private PeerGroupParameters() {}

  /**
   * The peer group they name.
   *
   * @throws ApplicationException (400) naming the allowed values when one is unknown
   */
  public static PeerGroupSpec parse(String group, String ownership, String region) {
    PeerGroupSpec spec =
        PeerGroupSpec.of(
            constant(PeerGroupSpec.Scope.class, "group", group == null ? "discipline" : group));
    if (ownership != null && !ownership.isBlank()) {
      spec = spec.withOwnership(constant(Ownership.class, "ownership", ownership));
    }
    if (region != null && !region.isBlank()) {
      spec = spec.withRegion(constant(Region.class, "region", region));
    }
    return spec;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApplicationException(
          "Unknown "
              + name
              + " '"
              + value
              + "'; use one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .toList()
              + ".");
    }
  }
}
