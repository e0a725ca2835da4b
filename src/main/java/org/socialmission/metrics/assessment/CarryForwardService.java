package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.account.AccountRepository;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentAccess.Action;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.platform.NotFoundException;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Questionnaire;

/**
 * Last cycle's answers: a school's team starts a new cycle's assessment from the answers the school
 * submitted in its latest earlier cycle on the same questionnaire (its discipline's), each marked
 * as carried until someone confirms or changes it; and the wizard reads those earlier answers to
 * show what changed since. The dean carries every modality, an owner the modalities they own, and
 * only while nothing in them is answered yet. {@link AnswerCarrier} decides which answers still fit
 * (with their data-quality mark and evidence); each carried answer enters the answer's history, and
 * the carrying enters the audit log.
 */
@ApplicationScoped
@Transactional
public class CarryForwardService {

  @Inject private AssessmentService service;
  @Inject private AssessmentRepository assessments;
  @Inject private AssessmentQueries queries;
  @Inject private AccountRepository accounts;
  @Inject private CycleService cycles;
  @Inject private ScoreKeeper scores;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The answers of an earlier cycle, by question. */
  public record PreviousAnswers(int cycle, Map<String, AnswerView> answers)
      implements Serializable {}

  /** What carrying did: from which cycle, how many answers carried and skipped, and the result. */
  public record Carried(int fromCycle, int carried, int skipped, AssessmentSnapshot assessment) {}

  /**
   * The answers the school submitted in its latest cycle before this one, on the questionnaire of
   * this cycle's assessment; empty when there is none. Whoever reads the assessment may read them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PreviousAnswers> previous(SignedInUser user, String schoolCode, int cycle) {
    AssessmentAccess.require(user, schoolCode, Action.READ);
    return assessments
        .find(schoolCode, cycle)
        .flatMap(this::previousOf)
        .map(
            earlier ->
                new PreviousAnswers(
                    earlier.getCycle(), StoredAnswers.byQuestion(assessments.answers(earlier))));
  }

  /**
   * Starts the school's assessment of the cycle (opening it if need be) from the school's previous
   * cycle's answers, in the modalities the user may carry.
   *
   * @throws AccessDeniedException for anyone but the dean and the owners of modalities
   * @throws AssessmentLockedException when a modality to carry has answers already, or the
   *     assessment is submitted or its cycle closed
   * @throws NotFoundException when the school submitted no earlier assessment on this questionnaire
   */
  public Carried carry(SignedInUser user, String schoolCode, int cycle) {
    AssessmentAccess.require(user, schoolCode, Action.WRITE);
    service.open(user, schoolCode, cycle);
    if (!cycles.isOpen(cycle)) {
      throw new AssessmentLockedException("assessment.cycleClosed", cycle);
    }
    Assessment assessment = assessments.lock(assessments.find(schoolCode, cycle).orElseThrow());
    assessment.requireEditable();
    Set<String> scope = scope(user, assessment);
    if (scope.isEmpty()) {
      throw new AccessDeniedException("carry.deanOrOwner");
    }
    if (assessments.answers(assessment).stream().anyMatch(a -> scope.contains(modalityOf(a)))) {
      throw new AssessmentLockedException("carry.answersExist");
    }
    Assessment earlier =
        previousOf(assessment)
            .orElseThrow(() -> new NotFoundException("carry.noPrevious", schoolCode));
    Questionnaire questionnaire = queries.questionnaire(assessment.getQuestionnaire());
    var plan =
        AnswerCarrier.plan(
            StoredAnswers.byQuestion(assessments.answers(earlier)).values(), questionnaire, scope);
    Account writer = accounts.get(user.accountId());
    LocalDateTime now = LocalDateTime.now(clock);
    for (AnswerInput input : plan.carried()) {
      StoredAnswer answer = new StoredAnswer(assessment, input.questionId());
      Provenance provenance =
          input.provenance() == null ? null : input.provenance().applyTo(Provenance.NONE);
      assessments.add(
          new AnswerChange(
              assessment,
              input.questionId(),
              answer,
              input.value(),
              input.notApplicable(),
              provenance,
              writer,
              now));
      answer.carry(
          input.value(), input.notApplicable(), provenance, earlier.getCycle(), writer, now);
      assessments.add(answer);
    }
    if (!plan.carried().isEmpty()) {
      assessment.changed(now);
      scores.rescore(assessment);
    }
    audit.record(
        user.email(),
        "assessment.carry-forward",
        "school " + schoolCode + " cycle " + cycle,
        "from cycle "
            + earlier.getCycle()
            + ": "
            + plan.carried().size()
            + " answer(s) carried, "
            + plan.skipped()
            + " skipped; modalities "
            + String.join(", ", Modality.IDS.stream().filter(scope::contains).toList()));
    return new Carried(
        earlier.getCycle(),
        plan.carried().size(),
        plan.skipped(),
        service.read(user, schoolCode, cycle));
  }

  /** Whether the user may carry answers into some modality of the assessment. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mayCarry(SignedInUser user, AssessmentSnapshot snapshot) {
    if (!AssessmentAccess.allows(user, snapshot.schoolCode(), Action.WRITE)) {
      return false;
    }
    return user.isDeanOf(snapshot.schoolCode())
        || snapshot.owners().values().stream().anyMatch(o -> o.email().equals(user.email()));
  }

  /** The dean carries every modality; an owner the modalities they own. */
  private Set<String> scope(SignedInUser user, Assessment assessment) {
    if (user.isDeanOf(assessment.getSchool().getCode())) {
      return Set.copyOf(Modality.IDS);
    }
    return assessments.owners(assessment).entrySet().stream()
        .filter(e -> e.getValue().getId() == user.accountId())
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  private Optional<Assessment> previousOf(Assessment assessment) {
    return assessments.latestSubmittedBefore(
        assessment.getSchool().getCode(),
        assessment.getCycle(),
        assessment.getQuestionnaire().id());
  }

  private static String modalityOf(StoredAnswer answer) {
    String id = answer.getQuestionId();
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }
}
