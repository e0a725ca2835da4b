package org.socialmission.metrics.benchmark;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * An enrollment band, an optional peer-group filter: students from {@code from} up to and including
 * {@code to}, or {@code from} and more when {@code to} is absent. Its {@link #id()} names it in
 * request parameters ({@code 300-599}, {@code 1000-}), its {@link #label()} shows the range to
 * people ({@code 300–599 students}, {@code 1,000 or more students}).
 *
 * <p>Invariant: {@code 0 <= from}, and {@code from <= to} when there is an upper end.
 */
public record SizeBand(int from, OptionalInt to) {

  /** Checks the range. */
  public SizeBand {
    if (from < 0 || to.isPresent() && to.getAsInt() < from) {
      throw new IllegalArgumentException("not an enrollment band: " + from + " to " + to);
    }
  }

  /** Whether a school of this enrollment falls in the band. */
  public boolean admits(int enrollment) {
    return enrollment >= from && (to.isEmpty() || enrollment <= to.getAsInt());
  }

  /** The parameter value, e.g. {@code 300-599} or {@code 1000-}. */
  public String id() {
    return from + "-" + (to.isPresent() ? String.valueOf(to.getAsInt()) : "");
  }

  /** The range for people, e.g. {@code 300–599 students} or {@code 1,000 or more students}. */
  public String label() {
    NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
    return to.isPresent()
        ? format.format(from) + "–" + format.format(to.getAsInt()) + " students"
        : format.format(from) + " or more students";
  }
}
