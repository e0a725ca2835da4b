package org.socialmission.metrics.admin.export;

import java.util.ArrayList;
import java.util.List;

/**
 * An anonymized research data set, ready for {@link ResearchCsvWriter} or {@link
 * ResearchXlsxWriter}.
 *
 * <p>Invariants (checked by {@link KAnonymityCheck} before an export leaves {@link
 * ResearchExporter}): rows are in pseudonym order; every combination of discipline, ownership and
 * region the rows show holds at least {@code k} rows, and so does every such combination together
 * with the value of any one released column.
 *
 * @param k the smallest number of schools any shown combination holds
 * @param columns the released columns: the nine scores, then the answers, modality by modality
 * @param dropped disciplines left out entirely
 */
public record ResearchDataset(
    int k, List<ResearchColumn> columns, List<ResearchRow> rows, List<DroppedDiscipline> dropped) {

  /** The first columns of every row, before the scores and answers. */
  public static final List<String> ATTRIBUTE_COLUMNS =
      List.of("pseudonym", "discipline", "ownership", "region");

  /** Freezes the lists. */
  public ResearchDataset {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    dropped = List.copyOf(dropped);
  }

  /**
   * The file's column titles: the attributes, then each column's ({@code x.from}, {@code x.to}).
   */
  public List<String> header() {
    List<String> header = new ArrayList<>(ATTRIBUTE_COLUMNS);
    columns.forEach(c -> header.addAll(c.titles()));
    return List.copyOf(header);
  }

  /** How many rows have their region withheld. */
  public long regionsWithheld() {
    return rows.stream().filter(r -> r.region().isEmpty()).count();
  }

  /** How many rows have their ownership withheld. */
  public long ownershipsWithheld() {
    return rows.stream().filter(r -> r.ownership().isEmpty()).count();
  }

  /** How many cells of released columns are withheld. */
  public long cellsWithheld() {
    return rows.stream()
        .flatMap(r -> r.cells().values().stream())
        .filter(ResearchCell.Withheld.class::isInstance)
        .count();
  }
}
