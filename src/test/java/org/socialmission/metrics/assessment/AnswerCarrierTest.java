package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.DataQuality;

/**
 * Which of last cycle's answers a new assessment starts from: those whose question is still asked
 * and whose value still fits, in the modalities the person carries; nothing else.
 */
class AnswerCarrierTest {

  private static final LocalDateTime THEN = LocalDateTime.of(2023, 5, 1, 9, 0);
  private static final Set<String> ALL = Set.copyOf(Modality.IDS);

  private static Questionnaire medicine;

  @BeforeAll
  static void load() {
    medicine =
        QuestionnaireCatalog.load(Path.of("questionnaires"))
            .current(Discipline.MEDICINE)
            .orElseThrow();
  }

  private static AnswerView answer(String questionId, String value) {
    return new AnswerView(questionId, value, false, 1, "Ana", THEN);
  }

  private static AnswerView notApplicable(String questionId) {
    return new AnswerView(questionId, null, true, 1, "Ana", THEN);
  }

  @Test
  void validAnswersAreCarriedInCanonicalForm() {
    var plan =
        AnswerCarrier.plan(
            List.of(
                answer("mission.equity-statement", "yes"),
                answer("mission.equity-research-share", "12.50"),
                notApplicable("admissions.fee-waivers")),
            medicine,
            ALL);
    assertEquals(
        List.of(
            new AnswerInput("mission.equity-statement", "yes", false),
            new AnswerInput("mission.equity-research-share", "12.5", false),
            new AnswerInput("admissions.fee-waivers", null, true)),
        plan.carried());
    assertEquals(0, plan.skipped());
  }

  @Test
  void questionsNoLongerAskedAndValuesNoLongerValidAreSkipped() {
    var plan =
        AnswerCarrier.plan(
            List.of(
                answer("mission.retired-question", "yes"),
                answer("mission.leader-accountable", "an-option-since-removed"),
                answer("mission.equity-research-share", "140"),
                notApplicable("mission.equity-statement"),
                answer("mission.community-named", "no")),
            medicine,
            ALL);
    assertEquals(List.of(new AnswerInput("mission.community-named", "no", false)), plan.carried());
    assertEquals(4, plan.skipped(), "gone, removed option, out of range, n/a no longer allowed");
  }

  @Test
  void anOwnerCarriesOnlyTheModalitiesTheyOwn() {
    var plan =
        AnswerCarrier.plan(
            List.of(
                answer("mission.equity-statement", "yes"),
                notApplicable("admissions.fee-waivers"),
                answer("admissions.retired-question", "yes")),
            medicine,
            Set.of("admissions"));
    assertEquals(List.of(new AnswerInput("admissions.fee-waivers", null, true)), plan.carried());
    assertEquals(1, plan.skipped(), "only what was the owner's to carry counts as skipped");
  }

  @Test
  void aCarriedAnswerKeepsItsMarkAndEvidence() {
    var source =
        new Provenance(
            DataQuality.ESTIMATE, List.of("Admissions report 2023.pdf", "https://x.org"));
    var plan =
        AnswerCarrier.plan(
            List.of(
                new AnswerView("mission.equity-statement", "yes", false, 1, "Ana", THEN, source),
                new AnswerView("admissions.fee-waivers", null, true, 1, "Ana", THEN, source),
                answer("mission.community-named", "no")),
            medicine,
            ALL);
    assertEquals(
        List.of(
            new AnswerInput("mission.equity-statement", "yes", false)
                .with(ProvenanceChange.to(source)),
            new AnswerInput("admissions.fee-waivers", null, true).with(ProvenanceChange.to(source)),
            new AnswerInput("mission.community-named", "no", false)),
        plan.carried());
  }
}
