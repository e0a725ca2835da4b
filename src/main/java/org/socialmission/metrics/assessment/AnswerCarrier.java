package org.socialmission.metrics.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;

/**
 * Chooses which answers of a school's earlier cycle a new assessment starts from. An answer is
 * carried when its question (matched by id) is still asked in the new questionnaire, in a modality
 * the person may carry, and its value (or not applicable) is still valid there; every other answer
 * is skipped, never half-carried. A carried answer keeps its data-quality mark and evidence: they
 * say where the figure came from, which a confirmed figure still does. Plain Java.
 */
public final class AnswerCarrier {

  private AnswerCarrier() {}

  /**
   * What carrying would do: the answers to carry, in canonical text form with their mark and
   * evidence, and how many not.
   */
  public record Plan(List<AnswerInput> carried, int skipped) {

    public Plan {
      carried = List.copyOf(carried);
    }
  }

  /**
   * @param previous the answers of the earlier cycle
   * @param questionnaire the questionnaire of the new assessment
   * @param modalityIds the modalities to carry
   */
  public static Plan plan(
      Collection<AnswerView> previous, Questionnaire questionnaire, Set<String> modalityIds) {
    List<AnswerInput> carried = new ArrayList<>();
    int skipped = 0;
    for (AnswerView answer : previous) {
      if (!modalityIds.contains(modalityOf(answer.questionId()))) {
        continue;
      }
      Optional<AnswerInput> input =
          questionnaire.question(answer.questionId()).flatMap(q -> stillValid(q, answer));
      if (input.isPresent()) {
        carried.add(input.get());
      } else {
        skipped++;
      }
    }
    return new Plan(carried, skipped);
  }

  /** Question ids start with their modality's id and a dot. */
  private static String modalityOf(String questionId) {
    int dot = questionId.indexOf('.');
    return dot < 0 ? questionId : questionId.substring(0, dot);
  }

  /** The answer as the question takes it now, in canonical form; empty if it no longer does. */
  private static Optional<AnswerInput> stillValid(Question question, AnswerView answer) {
    try {
      if (answer.notApplicable()) {
        AnswerCodec.notApplicable(question);
        return Optional.of(withProvenance(new AnswerInput(question.id(), null, true), answer));
      }
      return answer.value() == null
          ? Optional.empty()
          : Optional.of(
              withProvenance(
                  new AnswerInput(
                      question.id(),
                      AnswerCodec.format(AnswerCodec.parse(question, answer.value())),
                      false),
                  answer));
    } catch (InvalidAnswerException noLongerValid) {
      return Optional.empty();
    }
  }

  /** The input with the earlier answer's mark and evidence, when it had any. */
  private static AnswerInput withProvenance(AnswerInput input, AnswerView answer) {
    Provenance provenance = answer.provenance();
    return provenance == null || provenance.equals(Provenance.NONE)
        ? input
        : input.with(ProvenanceChange.to(provenance));
  }
}
