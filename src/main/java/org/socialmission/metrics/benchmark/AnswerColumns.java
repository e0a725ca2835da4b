package org.socialmission.metrics.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.scoring.Answer;

/**
 * The answers of a group of schools (say a release's schools of one discipline), arranged once per
 * question as an {@link AnswerTally}, so that profiling a question for one school's report costs a
 * few counts, not a pass over every school of the group. Immutable; a release keeps one per
 * discipline for its lifetime. Usage:
 *
 * <pre>{@code
 * AnswerColumns columns = new AnswerColumns(answersBySchoolCode);
 * profiler.profile(question, columns.tally(question.id(), subjectCode));
 * }</pre>
 */
public final class AnswerColumns {

  private final Map<String, Map<String, Answer>> bySchool;
  private final Map<String, AnswerTally> byQuestion;

  /**
   * Counts the answers of each school.
   *
   * @param answersBySchool each school's answers by question id, by school code
   */
  public AnswerColumns(Map<String, Map<String, Answer>> answersBySchool) {
    this.bySchool = Map.copyOf(answersBySchool);
    Map<String, List<Answer>> columns = new HashMap<>();
    answersBySchool
        .values()
        .forEach(
            answers ->
                answers.forEach(
                    (question, answer) ->
                        columns.computeIfAbsent(question, q -> new ArrayList<>()).add(answer)));
    Map<String, AnswerTally> tallies = new HashMap<>();
    columns.forEach((question, answers) -> tallies.put(question, AnswerTally.of(answers)));
    this.byQuestion = Map.copyOf(tallies);
  }

  /**
   * The group's answers to a question, those of the school with code {@code leftOut} left out if it
   * is in the group: a school is never its own peer.
   */
  public AnswerTally tally(String questionId, String leftOut) {
    AnswerTally all = byQuestion.getOrDefault(questionId, AnswerTally.EMPTY);
    Map<String, Answer> left = bySchool.get(leftOut);
    return left == null ? all : all.without(left.get(questionId));
  }
}
