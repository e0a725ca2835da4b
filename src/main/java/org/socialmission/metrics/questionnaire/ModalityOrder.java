package org.socialmission.metrics.questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the modality entries of a file against {@link Modality#IDS}: no unknown, no duplicate,
 * none out of order, and, in a self-contained file, none missing.
 */
final class ModalityOrder {

  private ModalityOrder() {}

  /** Reports every mistake; {@code ids} and {@code lines} are the entries in file order. */
  static void check(
      List<String> ids, List<Integer> lines, boolean complete, int listLine, Problems problems) {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!Modality.IDS.contains(id)) {
        problems.add(
            lines.get(i),
            "unknown modality '"
                + id
                + "' (expected one of "
                + String.join(", ", Modality.IDS)
                + ")");
      } else if (seen.contains(id)) {
        problems.add(lines.get(i), "duplicate modality '" + id + "'");
      } else {
        checkOrder(id, seen, lines.get(i), problems);
        seen.add(id);
      }
    }
    if (complete) {
      Modality.IDS.stream()
          .filter(id -> !seen.contains(id))
          .forEach(id -> problems.add(listLine, "missing modality '" + id + "'"));
    }
  }

  private static void checkOrder(String id, List<String> seen, int line, Problems problems) {
    int index = Modality.IDS.indexOf(id);
    seen.stream()
        .filter(earlier -> Modality.IDS.indexOf(earlier) > index)
        .findFirst()
        .ifPresent(
            later ->
                problems.add(
                    line,
                    "modality '"
                        + id
                        + "' is out of order: it must come before '"
                        + later
                        + "' (order: "
                        + String.join(", ", Modality.IDS)
                        + ")"));
  }
}
