package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/**
 * A modality entry as read from one file; title and description are empty in a file that extends a
 * part.
 */
record ParsedModality(
    String id,
    int line,
    String title,
    String description,
    BigDecimal weight,
    List<SourcedQuestion> questions) {

  ParsedModality {
    questions = List.copyOf(questions);
  }
}
