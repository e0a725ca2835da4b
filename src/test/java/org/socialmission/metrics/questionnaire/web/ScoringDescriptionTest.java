package org.socialmission.metrics.questionnaire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireLoader;

/** The preview states each rule exactly as the scorer applies it. */
class ScoringDescriptionTest {

  private static Questionnaire fixture;

  @BeforeAll
  static void load() {
    fixture =
        QuestionnaireLoader.load(Path.of("src/test/resources/questionnaires/scoring-v1.yaml"))
            .orThrow();
  }

  private static List<String> rows(Question question) {
    return ScoringDescription.of(question, Locale.ENGLISH).rows().stream()
        .map(r -> r.answer() + " = " + r.points().stripTrailingZeros().toPlainString())
        .toList();
  }

  private static Question first(String type) {
    return fixture.questions().stream()
        .filter(q -> q.type().code().equals(type))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void yesNoShowsBothAnswers() {
    List<String> rows = rows(first("yesno"));
    assertEquals(2, rows.size());
    assertEquals(true, rows.get(0).startsWith("Yes = ") && rows.get(1).startsWith("No = "));
  }

  @Test
  void percentageBandsAreHalfOpenExceptTheLastWhichIncludesOneHundred() {
    List<String> rows = rows(first("percentage"));
    assertEquals(true, rows.get(0).startsWith("0 to under "), rows.toString());
    assertEquals(true, rows.get(rows.size() - 1).contains(" to 100"), rows.toString());
  }

  @Test
  void checklistsExplainTheirCap() {
    var description = ScoringDescription.of(first("multiple"), Locale.ENGLISH);
    assertEquals(
        true,
        description.note().startsWith("Points of all ticked options are added up, to at most "));
  }

  @Test
  void freeTextIsNotScored() {
    var description = ScoringDescription.of(first("text"), Locale.ENGLISH);
    assertEquals(List.of(), description.rows());
    assertEquals("Not scored: evidence and comments for the reviewers.", description.note());
  }
}
