package org.socialmission.metrics.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Which schools a school is compared with: a base {@link Scope} and optional filters on ownership,
 * region and enrollment {@link SizeBand} applied within it. A spec with a filter is
 * <em>filtered</em>; its <em>ancestors</em> are the specs with fewer filters of the same scope
 * (down to the unfiltered scope), against which the complement rule of {@link PeerAnonymizer} is
 * checked.
 */
public record PeerGroupSpec(
    Scope scope, Optional<Ownership> ownership, Optional<Region> region, Optional<SizeBand> size) {

  /** The base of a peer group. */
  public enum Scope {
    /** Schools of the same discipline: the default group. */
    DISCIPLINE,
    /** All participating schools. */
    ALL
  }

  /** Requires every part. */
  public PeerGroupSpec {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(size, "size");
  }

  /** A spec filtered on ownership and region only. */
  public PeerGroupSpec(Scope scope, Optional<Ownership> ownership, Optional<Region> region) {
    this(scope, ownership, region, Optional.empty());
  }

  /** The unfiltered group of a scope. */
  public static PeerGroupSpec of(Scope scope) {
    return new PeerGroupSpec(scope, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This spec, also filtered on ownership. */
  public PeerGroupSpec withOwnership(Ownership value) {
    return new PeerGroupSpec(scope, Optional.of(value), region, size);
  }

  /** This spec, also filtered on region. */
  public PeerGroupSpec withRegion(Region value) {
    return new PeerGroupSpec(scope, ownership, Optional.of(value), size);
  }

  /** This spec, also filtered on an enrollment band. */
  public PeerGroupSpec withSize(SizeBand value) {
    return new PeerGroupSpec(scope, ownership, region, Optional.of(value));
  }

  /** Whether any filter applies. */
  public boolean isFiltered() {
    return ownership.isPresent() || region.isPresent() || size.isPresent();
  }

  /**
   * The specs with strictly fewer filters (every proper subset of this spec's filters), the
   * unfiltered scope first; empty for an unfiltered spec.
   */
  public List<PeerGroupSpec> ancestors() {
    List<PeerGroupSpec> ancestors = new ArrayList<>();
    for (PeerGroupSpec candidate : subsets()) {
      if (!candidate.equals(this)) {
        ancestors.add(candidate);
      }
    }
    return ancestors;
  }

  private List<PeerGroupSpec> subsets() {
    List<PeerGroupSpec> subsets = new ArrayList<>();
    for (int mask = 0; mask < 8; mask++) {
      Optional<Ownership> o = (mask & 1) != 0 ? ownership : Optional.empty();
      Optional<Region> r = (mask & 2) != 0 ? region : Optional.empty();
      Optional<SizeBand> s = (mask & 4) != 0 ? size : Optional.empty();
      PeerGroupSpec subset = new PeerGroupSpec(scope, o, r, s);
      if (!subsets.contains(subset)) {
        subsets.add(subset);
      }
    }
    subsets.sort(Comparator.comparingInt(PeerGroupSpec::filters));
    return subsets;
  }

  private int filters() {
    return (ownership.isPresent() ? 1 : 0)
        + (region.isPresent() ? 1 : 0)
        + (size.isPresent() ? 1 : 0);
  }

  /**
   * Whether a school belongs to this group of a subject school (the subject is removed elsewhere).
   */
  public boolean admits(SchoolEntry subject, SchoolEntry school) {
    return key(subject.discipline()).admits(school);
  }

  /** The group this spec names for a school of the discipline, independent of that school. */
  public GroupKey key(String subjectDiscipline) {
    return new GroupKey(
        scope == Scope.ALL ? Optional.empty() : Optional.of(subjectDiscipline),
        ownership,
        region,
        size);
  }

  /** A label such as "Medicine schools, public, West, 300–599 students" or "All schools". */
  public String label(String disciplineCode) {
    return key(disciplineCode).label();
  }

  static String capitalized(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
