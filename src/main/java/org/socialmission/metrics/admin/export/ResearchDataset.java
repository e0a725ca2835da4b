package org.socialmission.metrics.admin.export;

import java.util.ArrayList;
import java.util.List;
import org.socialmission.metrics.benchmark.Scores;

/**
 * An anonymized research data set, ready for {@link ResearchCsvWriter} or {@link
 * ResearchXlsxWriter}.
 *
 * <p>Invariants: rows are in pseudonym order (which says nothing about the schools); every
 * combination of discipline, ownership and region the rows show holds at least {@code k} rows (see
 * {@link ResearchExporter}); {@code questionIds} holds every scored question of the questionnaires
 * used, each once.
 *
 * @param k the smallest number of schools any shown combination of attributes holds
 * @param questionIds the answer columns, in a stable order: modality by modality, questionnaires by
 *     id and version
 * @param dropped disciplines left out entirely, with their number of schools
 */
public record ResearchDataset(
    int k, List<String> questionIds, List<ResearchRow> rows, List<DroppedDiscipline> dropped) {

  /** The first columns of every row, before the measures and answers. */
  public static final List<String> ATTRIBUTE_COLUMNS =
      List.of("pseudonym", "discipline", "ownership", "region");

  /** Freezes the lists. */
  public ResearchDataset {
    questionIds = List.copyOf(questionIds);
    rows = List.copyOf(rows);
    dropped = List.copyOf(dropped);
  }

  /**
   * The column titles: pseudonym, discipline, ownership, region, overall, the modalities, the
   * question ids.
   */
  public List<String> header() {
    List<String> header = new ArrayList<>(ATTRIBUTE_COLUMNS);
    header.addAll(Scores.MEASURES);
    header.addAll(questionIds);
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
}
