package org.socialmission.metrics.admin.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.socialmission.metrics.admin.export.ColumnCoder.Raw;
import org.socialmission.metrics.admin.export.ResearchCell.Category;
import org.socialmission.metrics.questionnaire.Band;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.scoring.Answer;

/**
 * A released column of the research data set with how a school's raw value is read and, for
 * numbers, the lower limits of its bands: a score (ten-point bands), a yes/no or single-choice
 * answer, one option of a checklist (yes/no), or a numeric answer (the question's bands).
 */
record Variable(
    ResearchColumn column, List<BigDecimal> limits, Function<ResearchInput, Raw> reader) {

  private static final Raw NONE = new Raw.Text(Category.NONE);
  private static final Raw NA = new Raw.Text(Category.NA);
  private static final Raw YES = new Raw.Text(new Category("yes"));
  private static final Raw NO = new Raw.Text(new Category("no"));

  /** A score, in bands with these lower limits; an undefined score reads as no value. */
  static Variable score(String measure, List<BigDecimal> limits) {
    return new Variable(
        new ResearchColumn(measure, ResearchColumn.Kind.RANGE),
        limits,
        s -> s.scores().of(measure).<Raw>map(Raw.Number::new).orElse(NONE));
  }

  /** The columns of a question: one, or one per option of a checklist. */
  static List<Variable> of(Question question) {
    String id = question.id();
    return switch (question.type()) {
      case MULTIPLE ->
          ((ChoiceRule) question.rule())
              .options().stream()
                  .map(
                      o ->
                          new Variable(
                              new ResearchColumn(id + "." + o.id(), ResearchColumn.Kind.CATEGORY),
                              List.of(),
                              s -> checked(answer(s, question), o.id())))
                  .toList();
      case NUMBER, PERCENTAGE ->
          List.of(
              new Variable(
                  new ResearchColumn(id, ResearchColumn.Kind.RANGE),
                  ((BandRule) question.rule()).bands().stream().map(Band::from).toList(),
                  s -> number(answer(s, question))));
      default ->
          List.of(
              new Variable(
                  new ResearchColumn(id, ResearchColumn.Kind.CATEGORY),
                  List.of(),
                  s -> category(answer(s, question))));
    };
  }

  /** The school's answer, if its questionnaire has the question; never free text. */
  private static Answer answer(ResearchInput school, Question question) {
    boolean asked =
        school.questionnaire().questions().stream().anyMatch(q -> q.id().equals(question.id()));
    Answer answer = asked ? school.answers().get(question.id()) : null;
    return answer instanceof Answer.Text ? null : answer;
  }

  private static Raw checked(Answer answer, String option) {
    if (answer instanceof Answer.Choices choices) {
      return choices.optionIds().contains(option) ? YES : NO;
    }
    return answer instanceof Answer.NotApplicable ? NA : NONE;
  }

  private static Raw number(Answer answer) {
    if (answer instanceof Answer.Amount amount) {
      return new Raw.Number(amount.value());
    }
    return answer instanceof Answer.NotApplicable ? NA : NONE;
  }

  private static Raw category(Answer answer) {
    if (answer instanceof Answer.YesNo yesNo) {
      return yesNo.yes() ? YES : NO;
    }
    if (answer instanceof Answer.Choice choice) {
      return new Raw.Text(new Category(choice.optionId()));
    }
    return answer instanceof Answer.NotApplicable ? NA : NONE;
  }
}
