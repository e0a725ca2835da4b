package org.socialmission.metrics.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * A peer group as a set of schools, whoever looks at it: a discipline (or all schools) and the
 * filters. Where a {@link PeerGroupSpec} says "my discipline", a key names it, so that releases can
 * say which groups they withhold. Its text form ({@link #toString()}) is stable and stored, e.g.
 * {@code medicine/public/west/300-599} or {@code all/-/-/-}.
 *
 * @param discipline a discipline code; empty for all schools
 */
public record GroupKey(
    Optional<String> discipline,
    Optional<Ownership> ownership,
    Optional<Region> region,
    Optional<SizeBand> size) {

  private static final String ANY = "-";
  private static final String ALL = "all";

  /** Requires every part. */
  public GroupKey {
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(size, "size");
  }

  /** This group, also filtered on region. */
  public GroupKey withRegion(Region value) {
    return new GroupKey(discipline, ownership, Optional.of(value), size);
  }

  /** This group, also filtered on an enrollment band. */
  public GroupKey withSize(SizeBand value) {
    return new GroupKey(discipline, ownership, region, Optional.of(value));
  }

  /** Whether the school is a member of this group. */
  public boolean admits(SchoolEntry school) {
    return discipline.map(d -> d.equals(school.discipline())).orElse(true)
        && ownership.map(o -> o == school.ownership()).orElse(true)
        && region.map(r -> r == school.region()).orElse(true)
        && size.map(s -> s.admits(school.enrollment())).orElse(true);
  }

  /** Every group a school is a member of: its discipline or all, with every subset of filters. */
  public static List<GroupKey> of(SchoolEntry school, SizeBands bands) {
    List<GroupKey> keys = new ArrayList<>();
    SizeBand band = bands.of(school.enrollment());
    for (Optional<String> d : List.of(Optional.of(school.discipline()), Optional.<String>empty())) {
      for (int mask = 0; mask < 8; mask++) {
        if ((mask & 4) != 0 && !bands.isFilter()) {
          continue;
        }
        keys.add(
            new GroupKey(
                d,
                (mask & 1) != 0 ? Optional.of(school.ownership()) : Optional.empty(),
                (mask & 2) != 0 ? Optional.of(school.region()) : Optional.empty(),
                (mask & 4) != 0 ? Optional.of(band) : Optional.empty()));
      }
    }
    return keys;
  }

  /** A label such as "Medicine schools, public, West, 300–599 students" or "All schools". */
  public String label() {
    StringBuilder label =
        new StringBuilder(
            discipline.map(d -> PeerGroupSpec.capitalized(d) + " schools").orElse("All schools"));
    ownership.ifPresent(o -> label.append(", ").append(o.name().toLowerCase(Locale.ROOT)));
    region.ifPresent(r -> label.append(", ").append(PeerGroupSpec.capitalized(r.name())));
    size.ifPresent(s -> label.append(", ").append(s.label()));
    return label.toString();
  }

  /** The stored form, e.g. {@code medicine/public/west/300-599}; {@code -} for no filter. */
  @Override
  public String toString() {
    return discipline.orElse(ALL)
        + "/"
        + ownership.map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(ANY)
        + "/"
        + region.map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(ANY)
        + "/"
        + size.map(SizeBand::id).orElse(ANY);
  }

  /** Reads {@link #toString()}'s form back. */
  public static GroupKey parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not a group key: " + text);
    }
    return new GroupKey(
        parts[0].equals(ALL) ? Optional.empty() : Optional.of(parts[0]),
        optional(parts[1]).map(o -> Ownership.valueOf(o.toUpperCase(Locale.ROOT))),
        optional(parts[2]).map(r -> Region.valueOf(r.toUpperCase(Locale.ROOT))),
        optional(parts[3]).map(GroupKey::band));
  }

  private static Optional<String> optional(String part) {
    return part.equals(ANY) ? Optional.empty() : Optional.of(part);
  }

  private static SizeBand band(String id) {
    String[] range = id.split("-", -1);
    return new SizeBand(
        Integer.parseInt(range[0]),
        range[1].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(range[1])));
  }
}
