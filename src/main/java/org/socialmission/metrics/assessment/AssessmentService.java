package org.socialmission.metrics.assessment;

import static org.socialmission.metrics.assessment.AssessmentAccess.allows;
import static org.socialmission.metrics.assessment.AssessmentAccess.require;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.account.AccountRepository;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentAccess.Action;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.platform.NotFoundException;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.runtime.UsedVersionRepository;
import org.socialmission.metrics.school.SchoolRepository;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/**
 * What a signed-in user does with a school's assessment: open and read it, save answers one at a
 * time or in batches, submit, reopen, assign modality owners, read an answer's history. Enforces
 * {@link AssessmentAccess} and the states. Every change of an answer is kept as an {@link
 * AnswerChange}; writers are serialized by a lock on the assessment row, so nobody's save is
 * silently lost. What other features read lives in {@link AssessmentQueries}; snapshots are built
 * by {@link SnapshotMapper}.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

  @Inject private AssessmentRepository assessments;
  @Inject private SchoolRepository schools;
  @Inject private AccountRepository accounts;
  @Inject private UsedVersionRepository usedVersions;
  @Inject private CycleService cycles;
  @Inject private AssessmentQueries queries;
  @Inject private SnapshotMapper mapper;
  @Inject private ReadyNotice readyNotice;
  @Inject private ScoreKeeper scores;
  @Inject private AuditLog audit;

  @Inject private Clock clock;

  /**
   * The school's assessment of the cycle; created, on the discipline's current questionnaire, when
   * its team first opens it while the cycle is open.
   */
  public AssessmentSnapshot open(SignedInUser user, String schoolCode, int cycle) {
    require(user, schoolCode, Action.READ);
    Assessment assessment =
        assessments.find(schoolCode, cycle).orElseGet(() -> create(user, schoolCode, cycle));
    return mapper.snapshot(assessment, user);
  }

  /** The school's assessment of the cycle, never creating it. */
  public AssessmentSnapshot read(SignedInUser user, String schoolCode, int cycle) {
    require(user, schoolCode, Action.READ);
    return mapper.snapshot(existing(schoolCode, cycle), user);
  }

  /**
   * The assessment as the results pages read it: opened as {@link #open} opens it for the school's
   * own people, read as {@link #read} reads it for staff, without the owners, reopenings and last
   * step that those pages do not show ({@link SnapshotMapper#answersOnly}).
   */
  public AssessmentSnapshot results(SignedInUser user, String schoolCode, int cycle) {
    require(user, schoolCode, Action.READ);
    Assessment assessment =
        user.isStaff()
            ? existing(schoolCode, cycle)
            : assessments.find(schoolCode, cycle).orElseGet(() -> create(user, schoolCode, cycle));
    return mapper.answersOnly(assessment);
  }

  /**
   * Saves one answer typed in the wizard; {@link SaveArbiter} decides whether it is written.
   *
   * @param baseRevision the answer's revision the writer last saw; null to overwrite regardless
   * @return saved, or a conflict when someone else changed the answer in between
   * @throws InvalidAnswerException when the value does not fit the question
   */
  public SaveOutcome save(
      SignedInUser user, String schoolCode, int cycle, AnswerInput input, Integer baseRevision) {
    require(user, schoolCode, Action.WRITE);
    Assessment assessment = lockedForChange(schoolCode, cycle);
    AnswerInput value = canonical(questionnaire(assessment), input);
    StoredAnswer stored = assessments.answer(assessment, value.questionId()).orElse(null);
    SaveOutcome outcome =
        SaveArbiter.decide(
            view(stored),
            value,
            baseRevision,
            () -> write(assessment, stored, value, accounts.get(user.accountId())));
    if (outcome instanceof SaveOutcome.Saved) {
      scores.rescore(assessment);
    }
    readyNotice.afterSave(assessment, user);
    return outcome;
  }

  /**
   * Saves a batch of answers all or nothing, if the assessment is still at the writer's ETag.
   * Refusals come in a fixed order, so a client always learns the most basic one: not the school's
   * team (403), no such assessment (404), a closed cycle or a submitted assessment (409), a stale
   * ETag (412), and only then the bad entries (400), all at once.
   *
   * @throws StaleAssessmentException when {@code ifMatch} does not select the current version
   *     ({@link AssessmentSnapshot#matches}; {@code *} always does)
   * @throws AnswerValidationException listing every bad entry; nothing is saved then
   */
  public AssessmentSnapshot saveAll(
      SignedInUser user, String schoolCode, int cycle, List<RawAnswer> entries, String ifMatch) {
    require(user, schoolCode, Action.WRITE);
    Assessment found = existing(schoolCode, cycle);
    requireOpen(cycle);
    Assessment assessment = locked(found);
    AssessmentSnapshot before = mapper.snapshot(assessment, user);
    if (!before.matches(ifMatch)) {
      throw new StaleAssessmentException(before);
    }
    List<AnswerInput> inputs = validated(questionnaire(assessment), entries);
    Account writer = accounts.get(user.accountId());
    for (AnswerInput input : inputs) {
      StoredAnswer stored = assessments.answer(assessment, input.questionId()).orElse(null);
      SaveArbiter.decide(view(stored), input, null, () -> write(assessment, stored, input, writer));
    }
    scores.rescore(assessment);
    readyNotice.afterSave(assessment, user);
    return mapper.snapshot(assessment, user);
  }

  /**
   * Submits the assessment; the dean's alone, and only when every required question is answered.
   *
   * @throws IncompleteAssessmentException listing what is missing
   */
  public AssessmentSnapshot submit(SignedInUser user, String schoolCode, int cycle) {
    require(user, schoolCode, Action.SUBMIT);
    Assessment assessment = lockedForChange(schoolCode, cycle);
    List<MissingAnswer> missing = queries.missing(mapper.snapshot(assessment, user));
    if (!missing.isEmpty()) {
      throw new IncompleteAssessmentException(missing);
    }
    assessment.submit(accounts.get(user.accountId()), now());
    scores.rescore(assessment);
    scores.submittedChanged(cycle);
    audit.record(user.email(), "assessment.submit", schoolCode + " " + cycle, null);
    return mapper.snapshot(assessment, user);
  }

  /** Reopens a submitted assessment while its cycle is open; the dean's alone, with a reason. */
  public AssessmentSnapshot reopen(SignedInUser user, String schoolCode, int cycle, String reason) {
    require(user, schoolCode, Action.REOPEN);
    if (!cycles.isOpen(cycle)) {
      throw new AssessmentLockedException("assessment.cycleClosedSubmitted", cycle);
    }
    Assessment assessment = assessments.lock(existing(schoolCode, cycle));
    var reopening = new Reopening(assessment, reason, accounts.get(user.accountId()), now());
    assessment.reopen(now());
    assessments.add(reopening);
    scores.rescore(assessment);
    scores.submittedChanged(cycle);
    audit.record(user.email(), "assessment.reopen", schoolCode + " " + cycle, reason);
    return mapper.snapshot(assessment, user);
  }

  /**
   * Makes a member of the school the owner of a modality, or leaves it without one (null email).
   */
  public void assignOwner(
      SignedInUser user, String schoolCode, int cycle, String modalityId, String ownerEmail) {
    require(user, schoolCode, Action.ASSIGN_OWNERS);
    Assessment assessment = existing(schoolCode, cycle);
    if (!Modality.IDS.contains(modalityId)) {
      throw new InvalidAnswerException(null, "assessment.unknownModality", modalityId);
    }
    Account owner =
        ownerEmail == null
            ? null
            : accounts
                .findByEmail(ownerEmail)
                .filter(a -> a.getSchool().map(s -> s.getCode().equals(schoolCode)).orElse(false))
                .orElseThrow(() -> new InvalidAnswerException(null, "assessment.ownerNotInTeam"));
    assessments.setOwner(assessment, modalityId, owner);
    audit.record(
        user.email(),
        "assessment.owner",
        schoolCode + " " + cycle + " " + modalityId,
        owner == null ? null : owner.getEmail());
  }

  /** Every change of one answer, newest first, with values as people of this locale read them. */
  public List<ChangeView> history(
      SignedInUser user, String schoolCode, int cycle, String questionId, Locale locale) {
    require(user, schoolCode, Action.READ);
    Assessment assessment = existing(schoolCode, cycle);
    Question question = question(questionnaire(assessment), questionId);
    return assessments.history(assessment, questionId).stream()
        .map(
            c ->
                new ChangeView(
                    AnswerCodec.describe(question, c.getOldValue(), c.isOldNotApplicable(), locale),
                    AnswerCodec.describe(question, c.getNewValue(), c.isNewNotApplicable(), locale),
                    c.getChangedBy().getDisplayName(),
                    c.getChangedAt()))
        .toList();
  }

  /** Remembers the step the user has open, to bring them back there next time. */
  public void rememberStep(SignedInUser user, String schoolCode, int cycle, String step) {
    require(user, schoolCode, Action.READ);
    if (allows(user, schoolCode, Action.WRITE)) {
      assessments.rememberStep(
          existing(schoolCode, cycle), accounts.get(user.accountId()), step, now());
    }
  }

  /**
   * Creates the assessment, unless someone else (another tab, a colleague) created it in the
   * meantime: creators queue up on the school's row, and whoever comes second finds the first's.
   */
  private Assessment create(SignedInUser user, String schoolCode, int cycle) {
    if (!allows(user, schoolCode, Action.WRITE) || !cycles.isOpen(cycle)) {
      throw new NotFoundException("assessment.notFound", schoolCode, cycle);
    }
    var school = schools.findByCode(schoolCode).orElseThrow();
    schools.lock(school);
    Optional<Assessment> meanwhile = assessments.find(schoolCode, cycle);
    if (meanwhile.isPresent()) {
      return meanwhile.get();
    }
    Questionnaire questionnaire =
        cycles
            .questionnaireFor(cycle, school.getDiscipline().getCode())
            .map(queries::questionnaire)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No questionnaire for " + school.getDiscipline().getName()));
    usedVersions.recordUse(questionnaire);
    var assessment = new Assessment(school, cycle, questionnaire, now());
    assessments.add(assessment);
    scores.recordNew(assessment, QuestionnaireScorer.score(questionnaire, Map.of()));
    return assessment;
  }

  private Assessment existing(String schoolCode, int cycle) {
    return assessments
        .find(schoolCode, cycle)
        .orElseThrow(() -> new NotFoundException("assessment.notFound", schoolCode, cycle));
  }

  private Assessment lockedForChange(String schoolCode, int cycle) {
    requireOpen(cycle);
    return locked(existing(schoolCode, cycle));
  }

  private void requireOpen(int cycle) {
    if (!cycles.isOpen(cycle)) {
      throw new AssessmentLockedException("assessment.cycleClosed", cycle);
    }
  }

  /** The assessment, locked against other writers until the transaction ends, if not submitted. */
  private Assessment locked(Assessment assessment) {
    assessments.lock(assessment).requireEditable();
    return assessment;
  }

  private Questionnaire questionnaire(Assessment assessment) {
    return queries.questionnaire(assessment.getQuestionnaire());
  }

  /**
   * The input checked against its question, with its value in the codec's canonical text form. A
   * checklist without a value (the wizard's "nothing ticked") withdraws the answer: it is kept
   * without a value and counts as unanswered, unlike "None of these" (the empty list).
   *
   * @throws InvalidAnswerException when there is no such question or the value does not fit it
   */
  private static AnswerInput canonical(Questionnaire questionnaire, AnswerInput input) {
    Question question = question(questionnaire, input.questionId());
    if (question.type() == QuestionType.MULTIPLE
        && !input.notApplicable()
        && input.value() == null) {
      return input;
    }
    Answer answer =
        input.notApplicable()
            ? AnswerCodec.notApplicable(question)
            : AnswerCodec.parse(question, input.value());
    return new AnswerInput(
        question.id(), AnswerCodec.format(answer), input.notApplicable(), input.provenance());
  }

  private static Question question(Questionnaire questionnaire, String questionId) {
    return questionnaire
        .question(String.valueOf(questionId))
        .orElseThrow(
            () -> new InvalidAnswerException(questionId, "assessment.unknownQuestion", questionId));
  }

  /** Every entry read and checked, or every error at once. */
  private static List<AnswerInput> validated(Questionnaire questionnaire, List<RawAnswer> entries) {
    List<AnswerInput> inputs = new ArrayList<>();
    List<AnswerValidationException.AnswerError> errors = new ArrayList<>();
    for (RawAnswer entry : entries) {
      try {
        inputs.add(canonical(questionnaire, entry.read(questionnaire)));
      } catch (InvalidAnswerException e) {
        errors.add(new AnswerValidationException.AnswerError(e.questionId(), e.text()));
      }
    }
    if (!errors.isEmpty()) {
      throw new AnswerValidationException(errors);
    }
    return inputs;
  }

  private static AnswerView view(StoredAnswer stored) {
    return stored == null ? null : AnswerView.of(stored);
  }

  private SaveOutcome write(
      Assessment assessment, StoredAnswer stored, AnswerInput input, Account writer) {
    LocalDateTime now = now();
    if (stored != null && SaveArbiter.holds(AnswerView.of(stored), input)) {
      // A carried answer confirmed as it is: the value stays, so its history does too.
      stored.confirm(writer, now);
      assessment.changed(now);
      return new SaveOutcome.Saved(stored.getRevision(), stored.getUpdatedAt());
    }
    StoredAnswer answer =
        stored != null ? stored : new StoredAnswer(assessment, input.questionId());
    Provenance provenance =
        input.provenanceAfter(stored == null ? Provenance.NONE : stored.getProvenance());
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
    answer.change(input.value(), input.notApplicable(), provenance, writer, now);
    if (stored == null) {
      assessments.add(answer);
    }
    assessment.changed(now);
    return new SaveOutcome.Saved(answer.getRevision(), answer.getUpdatedAt());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
