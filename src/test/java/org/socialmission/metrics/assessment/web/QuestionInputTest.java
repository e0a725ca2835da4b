package org.socialmission.metrics.assessment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.assessment.AnswerView;

/** A checklist tells "None of these" from nothing ticked, and the two exclude each other. */
class QuestionInputTest {

  @Test
  void nothingTickedIsNoAnswerAndNoneOfTheseIsTheEmptyList() {
    var input = new QuestionInput();
    assertNull(input.typed(true));
    input.setChoices(List.of(QuestionInput.NONE));
    assertEquals("", input.typed(true));
    input.setChoices(List.of("b", "a"));
    assertEquals("b|a", input.typed(true));
  }

  @Test
  void whicheverWasTickedLastStays() {
    var input = new QuestionInput();
    input.setChoices(List.of("a"));
    input.setChoices(List.of("a", QuestionInput.NONE));
    assertEquals(List.of(QuestionInput.NONE), input.getChoices());
    input.setChoices(List.of(QuestionInput.NONE, "b"));
    assertEquals(List.of("b"), input.getChoices());
  }

  @Test
  void storedAnswersShowAsTicked() {
    var at = LocalDateTime.of(2026, 3, 1, 10, 0);
    assertEquals(
        List.of(QuestionInput.NONE),
        QuestionInput.of(new AnswerView("q", "", false, 1, "A", at)).getChoices());
    assertEquals(
        List.of(), QuestionInput.of(new AnswerView("q", null, false, 2, "A", at)).getChoices());
  }
}
