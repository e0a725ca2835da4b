package org.socialmission.metrics.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Which schools a school is compared with: a base {@link Scope} and optional filters on ownership
 * and region applied within it. A spec with a filter is <em>filtered</em>; its <em>ancestors</em>
 * are the specs with fewer filters of the same scope (down to the unfiltered scope), against which
 * the complement rule of {@link PeerAnonymizer} is checked.
 */
public record PeerGroupSpec(Scope scope, Optional<Ownership> ownership, Optional<Region> region) {

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
  }

  /** The unfiltered group of a scope. */
  public static PeerGroupSpec of(Scope scope) {
    return new PeerGroupSpec(scope, Optional.empty(), Optional.empty());
  }

  /** This spec, also filtered on ownership. */
  public PeerGroupSpec withOwnership(Ownership value) {
    return new PeerGroupSpec(scope, Optional.of(value), region);
  }

  /** This spec, also filtered on region. */
  public PeerGroupSpec withRegion(Region value) {
    return new PeerGroupSpec(scope, ownership, Optional.of(value));
  }

  /** Whether any filter applies. */
  public boolean isFiltered() {
    return ownership.isPresent() || region.isPresent();
  }

  /** The specs with strictly fewer filters, the unfiltered scope first. */
  public List<PeerGroupSpec> ancestors() {
    List<PeerGroupSpec> ancestors = new ArrayList<>();
    if (isFiltered()) {
      ancestors.add(of(scope));
    }
    if (ownership.isPresent() && region.isPresent()) {
      ancestors.add(new PeerGroupSpec(scope, ownership, Optional.empty()));
      ancestors.add(new PeerGroupSpec(scope, Optional.empty(), region));
    }
    return ancestors;
  }

  /**
   * Whether a school belongs to this group of a subject school (the subject is removed elsewhere).
   */
  public boolean admits(SchoolEntry subject, SchoolEntry school) {
    return (scope == Scope.ALL || school.discipline().equals(subject.discipline()))
        && ownership.map(o -> o == school.ownership()).orElse(true)
        && region.map(r -> r == school.region()).orElse(true);
  }

  /** A label such as "Medicine schools, public, West" or "All schools". */
  public String label(String disciplineCode) {
    StringBuilder label =
        new StringBuilder(
            scope == Scope.ALL ? "All schools" : capitalized(disciplineCode) + " schools");
    ownership.ifPresent(o -> label.append(", ").append(o.name().toLowerCase(Locale.ROOT)));
    region.ifPresent(r -> label.append(", ").append(capitalized(r.name())));
    return label.toString();
  }

  private static String capitalized(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
