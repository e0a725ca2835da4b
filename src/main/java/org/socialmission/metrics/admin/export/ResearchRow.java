package org.socialmission.metrics.admin.export;

import java.math.BigDecimal;
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
 * export only; an empty ownership or region is withheld; scores have one decimal and are absent
 * where undefined; answers are text forms ({@code yes}, option ids, ids joined by {@code |},
 * numbers, {@code NA}) of scored questions only, never free text.
 *
 * @param scores by measure id ({@code overall} and the eight modality ids)
 * @param answers by question id
 */
public record ResearchRow(
    String pseudonym,
    String discipline,
    Optional<Ownership> ownership,
    Optional<Region> region,
    Map<String, BigDecimal> scores,
    Map<String, String> answers) {

  /** What a withheld attribute reads in the files. */
  public static final String WITHHELD = "withheld";

  /** Requires every part and freezes the maps. */
  public ResearchRow {
    if (!pseudonym.matches("R-[0-9A-F]{6}")) {
      throw new IllegalArgumentException("not a pseudonym: " + pseudonym);
    }
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    scores = Map.copyOf(scores);
    answers = Map.copyOf(answers);
  }

  /** {@code public}, {@code private} or {@value #WITHHELD}. */
  public String ownershipText() {
    return ownership.map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(WITHHELD);
  }

  /** {@code northeast} … {@code west} or {@value #WITHHELD}. */
  public String regionText() {
    return region.map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(WITHHELD);
  }
}
