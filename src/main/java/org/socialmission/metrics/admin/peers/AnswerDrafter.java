package org.socialmission.metrics.admin.peers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Condition;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.YesNoRule;
import org.socialmission.metrics.scoring.Answer;

/**
 * Drafts one complete, valid assessment for a demo school: every visible required question
 * answered, most optional ones too, "not applicable" now and then where allowed, and a better
 * answer the likelier the higher the school's propensity on that modality.
 */
final class AnswerDrafter {

  private static final double NOT_APPLICABLE = 0.05;
  private static final double OPTIONAL_ANSWERED = 0.85;
  private static final double TEXT_ANSWERED = 0.6;

  private final Random random;

  AnswerDrafter(Random random) {
    this.random = random;
  }

  /** Answers keyed by question id; hidden questions are left out. */
  Map<String, Answer> draft(Questionnaire questionnaire, Latent latent, Optional<String> evidence) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question question : questionnaire.questions()) {
      if (!isShown(question, answers)) {
        continue;
      }
      if (question.type() == QuestionType.TEXT) {
        evidence
            .or(
                () ->
                    random.nextDouble() < TEXT_ANSWERED
                        ? Optional.of(Evidence.pick(random))
                        : Optional.empty())
            .ifPresent(text -> answers.put(question.id(), Answer.text(text)));
        evidence = Optional.empty();
      } else if (question.required() || random.nextDouble() < OPTIONAL_ANSWERED) {
        answers.put(
            question.id(), scored(question, latent.propensity(question.modalityId(), random)));
      }
    }
    return answers;
  }

  private static boolean isShown(Question question, Map<String, Answer> answers) {
    if (question.showWhen().isEmpty()) {
      return true;
    }
    Condition condition = question.showWhen().get();
    Answer target = answers.get(condition.questionId());
    if (target instanceof Answer.YesNo yesNo) {
      return condition.isMetBy(yesNo.yes());
    }
    if (target instanceof Answer.Choice choice) {
      return condition.isMetBy(choice.optionId());
    }
    return target instanceof Answer.Choices choices && condition.isMetBy(choices.optionIds());
  }

  private Answer scored(Question question, double propensity) {
    if (question.naAllowed() && random.nextDouble() < NOT_APPLICABLE) {
      return Answer.notApplicable();
    }
    if (question.rule() instanceof YesNoRule rule) {
      return yesNo(rule, propensity);
    }
    if (question.rule() instanceof ChoiceRule rule) {
      return rule.multiple()
          ? checklist(rule, propensity)
          : Answer.choice(ranked(rule).get(level(propensity, rule.options().size())).id());
    }
    if (question.rule() instanceof BandRule rule) {
      return Answer.amount(BandValues.draw(rule, level(propensity, rule.bands().size()), random));
    }
    throw new IllegalStateException("unscored question " + question.id());
  }

  private Answer yesNo(YesNoRule rule, double propensity) {
    boolean better = random.nextDouble() < propensity;
    boolean yesIsBetter = rule.yesPoints().compareTo(rule.noPoints()) >= 0;
    return better == yesIsBetter ? Answer.yes() : Answer.no();
  }

  private Answer checklist(ChoiceRule rule, double propensity) {
    List<String> checked = new ArrayList<>();
    for (Option option : rule.options()) {
      if (option.points().signum() > 0 && random.nextDouble() < propensity) {
        checked.add(option.id());
      }
    }
    if (checked.isEmpty()) {
      rule.options().stream()
          .filter(o -> o.points().signum() == 0)
          .findFirst()
          .ifPresent(o -> checked.add(o.id()));
    }
    return new Answer.Choices(Set.copyOf(checked));
  }

  /** An index from 0 (worst) to {@code size − 1} (best), higher the higher the propensity. */
  private int level(double propensity, int size) {
    double noisy = Math.min(0.999, Math.max(0, propensity + 0.15 * random.nextGaussian()));
    return (int) (noisy * size);
  }

  private static List<Option> ranked(ChoiceRule rule) {
    return rule.options().stream()
        .sorted(Comparator.comparing(Option::points))
        .collect(Collectors.toList());
  }
}
