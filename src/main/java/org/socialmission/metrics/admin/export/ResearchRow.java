package org.socialmission.metrics.admin.export;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * One school in the research data set.
 *
 * <p>Invariants: the pseudonym is {@code R-} and six uppercase hex digits, drawn at random for this
 * export only; an empty ownership or region is withheld; every released column has a cell, coded by
 * {@link ColumnCoder} (ranges for numbers, never exact values; never free text).
 *
 * @param cells by {@link ResearchColumn#id()}
 */
public record ResearchRow(
    String pseudonym,
    String discipline,
    Optional<Ownership> ownership,
    Optional<Region> region,
    Map<String, ResearchCell> cells) {

  /** What a withheld attribute reads in the files. */
  public static final String WITHHELD = ResearchCell.WITHHELD;

  /** Requires every part and freezes the cells. */
  public ResearchRow {
    if (!pseudonym.matches("R-[0-9A-F]{6}")) {
      throw new IllegalArgumentException("not a pseudonym: " + pseudonym);
    }
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    cells = Map.copyOf(cells);
  }

  /** {@code public}, {@code private} or {@value #WITHHELD}. */
  public String ownershipText() {
    return ownership.map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(WITHHELD);
  }

  /** {@code northeast} … {@code west} or {@value #WITHHELD}. */
  public String regionText() {
    return region.map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(WITHHELD);
  }

  /** The cell of a column. */
  public ResearchCell cell(String columnId) {
    return cells.getOrDefault(columnId, ResearchCell.Category.NONE);
  }
}
