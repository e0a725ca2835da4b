package org.socialmission.metrics.admin.peers;

import java.util.List;
import java.util.Random;

/**
 * Short evidence sentences of the kind schools type, and a few that look like spreadsheet formulas:
 * text beginning with {@code =}, {@code +}, {@code -} or {@code @} must stay literal in workbooks.
 */
final class Evidence {

  /** Formula-like evidence, given to a few schools so that exports can be tested against it. */
  static final List<String> FORMULA_LIKE =
      List.of(
          "=HYPERLINK(\"https://example.org/mission\",\"Mission statement\")",
          "+1 program since 2023; -2 closed for lack of funding",
          "@strategic-plan 2024, section 3");

  private static final List<String> SENTENCES =
      List.of(
          "Strategic plan 2023-2028, section 2; annual report 2024.",
          "Board minutes of 12 March 2024 and the community advisory board charter.",
          "Curriculum map 2024/25, courses SDH-101 and COM-210.",
          "Admissions office data, entering classes 2022 to 2024.",
          "Clinical placement database export, academic year 2023/24.",
          "Financial aid office report to the board, fall 2024.",
          "Alumni survey 2023 (response rate 41%) and state licensing data.",
          "Faculty affairs promotion guidelines, revised 2022.",
          "Pathway program annual report and partner school agreements.",
          "Accreditation self-study 2023, standard 3.");

  private Evidence() {}

  static String pick(Random random) {
    return SENTENCES.get(random.nextInt(SENTENCES.size()));
  }
}
