package org.socialmission.metrics.benchmark;

import java.util.Arrays;
import java.util.Locale;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Reads the {@code group}, {@code ownership}, {@code region} and {@code size} parameters that name
 * a peer group, for the REST API and the results page alike: {@code discipline} (the default) or
 * {@code all}, and optionally {@code public}/{@code private}, a region, in any letter case, and an
 * enrollment band by its {@link SizeBand#id()} (e.g. {@code 300-599}).
 */
public final class PeerGroupParameters {

  private PeerGroupParameters() {}

  /**
   * The peer group they name; a null or blank filter is no filter.
   *
   * @param group null for the default, {@code discipline}
   * @throws ApplicationException (400 in the API) naming the allowed values when one is unknown
   */
  public static PeerGroupSpec parse(String group, String ownership, String region) {
    return parse(group, ownership, region, null, SizeBands.parse(""));
  }

  /**
   * The peer group they name, the size among the given bands; a null or blank filter is no filter.
   *
   * @throws ApplicationException (400 in the API) naming the allowed values when one is unknown
   */
  public static PeerGroupSpec parse(
      String group, String ownership, String region, String size, SizeBands bands) {
    PeerGroupSpec spec =
        PeerGroupSpec.of(
            constant(PeerGroupSpec.Scope.class, "group", group == null ? "discipline" : group));
    if (ownership != null && !ownership.isBlank()) {
      spec = spec.withOwnership(constant(Ownership.class, "ownership", ownership));
    }
    if (region != null && !region.isBlank()) {
      spec = spec.withRegion(constant(Region.class, "region", region));
    }
    return bands.find(size).map(spec::withSize).orElse(spec);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApplicationException(
          "benchmark.unknownParameter",
          name,
          value,
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .toList());
    }
  }
}
