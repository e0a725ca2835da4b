package org.socialmission.metrics.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.socialmission.metrics.platform.ApplicationException;

/**
 * The enrollment bands peer groups may be filtered on, written as their lower limits: {@code
 * 300,600,1000} gives {@code 0–299}, {@code 300–599}, {@code 600–999} and {@code 1,000 or more}.
 * Every enrollment falls in exactly one band. Usage:
 *
 * <pre>{@code
 * SizeBands bands = SizeBands.parse("300,600,1000");   // smm.benchmark.size-bands
 * bands.of(640).label();                               // "600–999 students"
 * }</pre>
 *
 * <p>A benchmark release keeps the bands it was published with ({@link #spec()}), so its groups
 * never change when the configuration does.
 */
public record SizeBands(List<SizeBand> bands) {

  /** The default of {@code smm.benchmark.size-bands}. */
  public static final String DEFAULT = "300,600,1000";

  /** Freezes the list; requires bands that start at 0 and follow each other without gaps. */
  public SizeBands {
    bands = List.copyOf(bands);
    if (bands.isEmpty() || bands.get(0).from() != 0) {
      throw new IllegalArgumentException("size bands start at 0");
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i - 1).to().orElse(-1) + 1 != bands.get(i).from()) {
        throw new IllegalArgumentException("size bands must follow each other without gaps");
      }
    }
    if (bands.get(bands.size() - 1).to().isPresent()) {
      throw new IllegalArgumentException("the last size band is open-ended");
    }
  }

  /**
   * The bands of ascending lower limits, e.g. {@code 300,600,1000}; blank for no size filter.
   *
   * @throws IllegalArgumentException when a limit is not a positive whole number or not ascending
   */
  public static SizeBands parse(String limits) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    if (limits != null && !limits.isBlank()) {
      for (String part : limits.split(",")) {
        int limit;
        try {
          limit = Integer.parseInt(part.strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a whole number of students: '" + part + "'");
        }
        if (limit <= starts.get(starts.size() - 1)) {
          throw new IllegalArgumentException("size band limits must be positive and ascending");
        }
        starts.add(limit);
      }
    }
    List<SizeBand> bands = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      OptionalInt to =
          i + 1 < starts.size() ? OptionalInt.of(starts.get(i + 1) - 1) : OptionalInt.empty();
      bands.add(new SizeBand(starts.get(i), to));
    }
    return new SizeBands(bands);
  }

  /** The lower limits after 0, as {@link #parse(String)} reads them. */
  public String spec() {
    return bands.stream()
        .skip(1)
        .map(b -> String.valueOf(b.from()))
        .collect(Collectors.joining(","));
  }

  /** The band of an enrollment. */
  public SizeBand of(int enrollment) {
    return bands.stream()
        .filter(b -> b.admits(enrollment))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("negative enrollment " + enrollment));
  }

  /** Whether there is anything to filter on (more than one band). */
  public boolean isFilter() {
    return bands.size() > 1;
  }

  /**
   * The band a parameter names, by {@link SizeBand#id()}; null or blank is no band.
   *
   * @throws ApplicationException (400 in the API) naming the bands when it is not one of them
   */
  public Optional<SizeBand> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        bands.stream()
            .filter(b -> b.id().equals(id.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    new ApplicationException(
                        "benchmark.size.unknown",
                        id,
                        Arrays.toString(bands.stream().map(SizeBand::id).toArray()))));
  }
}
