package org.socialmission.metrics.admin.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the column names of a header (already stripped and lowercased) with the expected ones
 * and says, in one message, everything that is wrong: missing, unknown, blank and repeated names.
 */
final class HeaderCheck {

  private HeaderCheck() {}

  /** The problem with the header, if any. */
  static Optional<String> problem(List<String> header, List<String> expected) {
    List<String> parts = new ArrayList<>();
    list(parts, "missing", expected.stream().filter(c -> !header.contains(c)).toList());
    list(
        parts,
        "unknown",
        header.stream().filter(c -> !c.isEmpty() && !expected.contains(c)).distinct().toList());
    list(parts, "repeated", repeated(header));
    if (header.contains("")) {
      parts.add("a column without a name");
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "The first line must name the columns "
            + String.join(",", expected)
            + " (in any order); this one has "
            + String.join("; ", parts)
            + ".");
  }

  private static void list(List<String> parts, String kind, List<String> names) {
    if (!names.isEmpty()) {
      parts.add(kind + " " + String.join(", ", names));
    }
  }

  private static List<String> repeated(List<String> header) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    header.stream().filter(c -> !c.isEmpty() && !seen.add(c)).forEach(repeated::add);
    return List.copyOf(repeated);
  }
}
