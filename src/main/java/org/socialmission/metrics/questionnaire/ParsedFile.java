package org.socialmission.metrics.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One file as read, before it is combined with the part it includes: its header, its modalities and
 * the errors found in it alone.
 */
record ParsedFile(
    String file,
    byte[] bytes,
    boolean part,
    Optional<String> id,
    Optional<Integer> version,
    int versionLine,
    Optional<String> title,
    Set<Discipline> disciplines,
    Optional<String> includes,
    int includesLine,
    List<ParsedModality> modalities,
    List<QuestionnaireError> errors) {

  ParsedFile {
    disciplines = Set.copyOf(disciplines);
    modalities = List.copyOf(modalities);
    errors = List.copyOf(errors);
  }

  /** Whether this file is a complete questionnaire (it does not extend a part). */
  boolean selfContained() {
    return part || includes.isEmpty();
  }
}
