package org.socialmission.metrics.admin.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialmission.metrics.platform.Message;

/**
 * Compares the column names of a header (already stripped and lowercased) with the expected ones
 * and says, in one message, everything that is wrong: missing, unknown, blank and repeated names.
 * The parts of the message are messages themselves, joined by {@code import.header.and}.
 */
final class HeaderCheck {

  private HeaderCheck() {}

  /** The problem with the header, if any. */
  static Optional<Message> problem(List<String> header, List<String> expected) {
    List<Message> parts = new ArrayList<>();
    list(
        parts,
        "import.header.missing",
        expected.stream().filter(c -> !header.contains(c)).toList());
    list(
        parts,
        "import.header.unknown",
        header.stream().filter(c -> !c.isEmpty() && !expected.contains(c)).distinct().toList());
    list(parts, "import.header.repeated", repeated(header));
    if (header.contains("")) {
      parts.add(Message.of("import.header.unnamed"));
    }
    return parts.stream()
        .reduce((first, next) -> Message.of("import.header.and", first, next))
        .map(all -> Message.of("import.header", String.join(",", expected), all));
  }

  private static void list(List<Message> parts, String key, List<String> names) {
    if (!names.isEmpty()) {
      parts.add(Message.of(key, String.join(", ", names)));
    }
  }

  private static List<String> repeated(List<String> header) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    header.stream().filter(c -> !c.isEmpty() && !seen.add(c)).forEach(repeated::add);
    return List.copyOf(repeated);
  }
}
