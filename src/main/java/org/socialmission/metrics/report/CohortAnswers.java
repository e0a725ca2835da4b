package org.socialmission.metrics.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.socialmission.metrics.benchmark.AnswerColumns;
import org.socialmission.metrics.scoring.Answer;

/**
 * The shown answers of a release's schools as the reports on one questionnaire see them, arranged
 * once per discipline ({@link AnswerColumns}): a release keeps one per questionnaire for its
 * lifetime, so a workbook profiles its peers' answers without a pass over every peer. Immutable
 * apart from its memo, and safe to share between threads.
 */
public final class CohortAnswers {

  private final List<PeerSubmission> cohort;
  private final Map<String, AnswerColumns> byDiscipline = new ConcurrentHashMap<>();

  /** The answers of a cohort, arranged on first use. */
  public CohortAnswers(List<PeerSubmission> cohort) {
    this.cohort = List.copyOf(cohort);
  }

  /** The answers of the cohort's schools of a discipline, by question. */
  AnswerColumns of(String discipline) {
    return byDiscipline.computeIfAbsent(discipline, this::columns);
  }

  private AnswerColumns columns(String discipline) {
    Map<String, Map<String, Answer>> bySchool = new LinkedHashMap<>();
    for (PeerSubmission peer : cohort) {
      if (peer.school().discipline().equals(discipline)) {
        bySchool.put(peer.school().code(), peer.shownAnswers());
      }
    }
    return new AnswerColumns(bySchool);
  }
}
