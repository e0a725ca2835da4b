package org.socialmission.metrics.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.AnswerInput;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.AssessmentLockedException;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.CarryForwardService;
import org.socialmission.metrics.assessment.CarryForwardService.PreviousAnswers;
import org.socialmission.metrics.assessment.ChangeView;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.InvalidAnswerException;
import org.socialmission.metrics.assessment.Provenance;
import org.socialmission.metrics.assessment.ProvenanceChange;
import org.socialmission.metrics.assessment.SaveOutcome;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.QuestionStatus;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * The guided self-assessment of the signed-in member's school: one step per modality. Every answer
 * is saved when it changes (and any unsaved one when the step changes); a concurrent edit by a
 * colleague is shown with both values for the person to choose; conditional questions appear and
 * disappear as the answers they depend on change.
 */
@Named
@ViewScoped
public class WizardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String REVIEW = "review";

  @Inject private CurrentUser currentUser;
  @Inject private AssessmentService service;
  @Inject private AssessmentQueries queries;
  @Inject private CycleService cycles;
  @Inject private CarryForwardService carryForward;

  private String step;
  private PreviousAnswers previous;
  private AssessmentSnapshot snapshot;
  private final Map<String, QuestionInput> inputs = new HashMap<>();
  private LocalDateTime lastSavedAt;
  private String historyQuestion;
  private List<ChangeView> history = List.of();
  // The scores of `snapshot`, made once per snapshot: a render asks for them per step and question.
  private transient ScoreCard card;
  private transient AssessmentSnapshot scored;
  private transient Set<String> controlling;

  /** The view action: opens the assessment at the requested step, or where the user left off. */
  public void load() {
    SignedInUser user = currentUser.require();
    snapshot = service.open(user, user.schoolCode(), cycles.current());
    if (step == null || !Modality.IDS.contains(step)) {
      step =
          snapshot.lastStep() != null && Modality.IDS.contains(snapshot.lastStep())
              ? snapshot.lastStep()
              : Modality.IDS.get(0);
    }
    showStored();
    if (!step.equals(snapshot.lastStep())) {
      // A write per page view only when the place to come back to moves.
      service.rememberStep(user, snapshot.schoolCode(), snapshot.cycle(), step);
    }
    previous = carryForward.previous(user, snapshot.schoolCode(), snapshot.cycle()).orElse(null);
  }

  /** Starts the assessment from the school's previous cycle's answers, and says how it went. */
  public void carry() {
    try {
      var carried =
          carryForward.carry(currentUser.require(), snapshot.schoolCode(), snapshot.cycle());
      snapshot = carried.assessment();
      showStored();
      FacesMessages.info("carry.done", carried.carried(), carried.fromCycle(), carried.skipped());
    } catch (ApplicationException e) {
      FacesMessages.error(e);
    }
  }

  private void showStored() {
    questionnaire()
        .questions()
        .forEach(q -> inputs.put(q.id(), QuestionInput.of(snapshot.answers().get(q.id()))));
  }

  /** Confirms a carried answer as it is. */
  public void confirm(String questionId) {
    QuestionInput input = inputs.get(questionId);
    input.takeStored(snapshot.answers().get(questionId));
    store(questionId, input, input.getRevision());
    refresh();
  }

  /**
   * Whether this person can start from the previous cycle's answers now: the school has some, this
   * person is the dean or owns a modality, and nothing they would carry into is answered yet.
   */
  public boolean isCarryOffered() {
    if (previous == null
        || snapshot.isSubmitted()
        || !snapshot.cycleOpen()
        || !carryForward.mayCarry(currentUser.require(), snapshot)) {
      return false;
    }
    boolean dean = currentUser.require().isDeanOf(snapshot.schoolCode());
    return snapshot.answers().keySet().stream()
        .noneMatch(id -> dean || ownedByMe(id.substring(0, Math.max(0, id.indexOf('.')))));
  }

  /** The label of the button that carries last cycle's answers: "Start from the 2023 answers". */
  public String getCarryButton() {
    return previous == null ? null : FacesMessages.text("carry.start", previous.cycle());
  }

  /** Whether the signed-in person is the dean (who carries every modality, not only owned ones). */
  public boolean isDean() {
    return currentUser.require().isDeanOf(snapshot.schoolCode());
  }

  private boolean ownedByMe(String modalityId) {
    var owner = snapshot.owners().get(modalityId);
    return owner != null && owner.email().equals(currentUser.require().email());
  }

  /**
   * The previous cycle's year as text (so that messages do not write it as 2,023), or null when the
   * school has none to compare with.
   */
  public String getPreviousCycle() {
    return previous == null ? null : String.valueOf(previous.cycle());
  }

  /** The cycle a stored answer was carried from, as text, while nobody confirmed it; else null. */
  public String carriedFrom(String questionId) {
    AnswerView stored = snapshot.answers().get(questionId);
    return stored == null || !stored.isCarried() ? null : String.valueOf(stored.carriedFrom());
  }

  /**
   * The previous cycle's answer as people read it, where it differs from the answer now (or there
   * is none now); null where they agree or last cycle had none.
   */
  public String previousAnswer(String questionId) {
    AnswerView before = previous == null ? null : previous.answers().get(questionId);
    if (before == null) {
      return null;
    }
    AnswerView now = snapshot.answers().get(questionId);
    boolean same =
        now != null
            && now.notApplicable() == before.notApplicable()
            && (now.notApplicable() || Objects.equals(now.value(), before.value()));
    return same ? null : display(questionId, before.value(), before.notApplicable());
  }

  /** Saves one answer; the ajax listener of every input. */
  public void save(String questionId) {
    QuestionInput input = inputs.get(questionId);
    store(questionId, input, input.getRevision());
    refresh();
  }

  /** Resolves a conflict by saving this person's value over the colleague's. */
  public void useMine(String questionId) {
    QuestionInput input = inputs.get(questionId);
    store(questionId, input, input.getConflict().theirs().revision());
    refresh();
  }

  /** Resolves a conflict by taking the colleague's value. */
  public void keepTheirs(String questionId) {
    QuestionInput input = inputs.get(questionId);
    input.takeStored(input.getConflict().theirs());
  }

  /** Saves what is typed on this step and, if all is well, goes to another step or page. */
  public String goTo(String target) {
    for (Question question : questionnaire().modality(step).questions()) {
      if (isUnsaved(question)) {
        store(question.id(), inputs.get(question.id()), inputs.get(question.id()).getRevision());
      }
    }
    refresh();
    boolean blocked =
        questionnaire().modality(step).questions().stream()
            .map(q -> inputs.get(q.id()))
            .anyMatch(i -> i.getError() != null || i.getConflict() != null);
    if (blocked) {
      FacesMessages.warn("wizard.needsAttention");
      return null;
    }
    return REVIEW.equals(target)
        ? "/assessment/review?faces-redirect=true"
        : "/assessment/wizard?faces-redirect=true&step=" + target;
  }

  /**
   * The action of the step buttons (and of Enter in a field): goes to the step or page the pressed
   * button names in the request parameter {@code wizard:go}; anything else stays on this step.
   */
  public String goToRequested() {
    String target = requestParameter("wizard:go");
    return goTo(Modality.IDS.contains(target) || REVIEW.equals(target) ? target : step);
  }

  /** The action of a history button: shows the history of the question it names, if it is one. */
  public void showRequestedHistory() {
    String questionId = requestParameter("question");
    if (questionId != null && questionnaire().question(questionId).isPresent()) {
      showHistory(questionId);
    }
  }

  private static String requestParameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  private void showHistory(String questionId) {
    historyQuestion = questionId;
    history =
        service.history(
            currentUser.require(),
            snapshot.schoolCode(),
            snapshot.cycle(),
            questionId,
            FacesMessages.locale());
  }

  private void store(String questionId, QuestionInput input, int baseRevision) {
    Question question = questionnaire().question(questionId).orElseThrow();
    try {
      var typed =
          new AnswerInput(
              questionId,
              typed(question, input),
              input.isNotApplicable(),
              question.type().isScored()
                  ? ProvenanceChange.to(input.provenance(questionId))
                  : null);
      SaveOutcome outcome =
          service.save(
              currentUser.require(), snapshot.schoolCode(), snapshot.cycle(), typed, baseRevision);
      if (outcome instanceof SaveOutcome.Saved saved) {
        input.saved(saved);
        lastSavedAt = saved.at();
      } else {
        input.conflicted((SaveOutcome.Conflict) outcome);
      }
    } catch (InvalidAnswerException | AssessmentLockedException e) {
      input.failed(FacesMessages.text(e));
    }
  }

  /**
   * The typed value in the codec's text form: numbers read in the person's own locale, so "1,200"
   * from an English browser is stored as 1200.
   */
  private static String typed(Question question, QuestionInput input) {
    String typed = input.typed(question.type() == QuestionType.MULTIPLE);
    boolean amount =
        question.type() == QuestionType.NUMBER || question.type() == QuestionType.PERCENTAGE;
    return amount && !input.isNotApplicable() && typed != null && !typed.isBlank()
        ? AnswerCodec.format(AnswerCodec.parse(question, typed, FacesMessages.typingLocale()))
        : typed;
  }

  private boolean isUnsaved(Question question) {
    QuestionInput input = inputs.get(question.id());
    AnswerView stored = snapshot.answers().get(question.id());
    String typed = input.typed(question.type() == QuestionType.MULTIPLE);
    if (stored == null) {
      return input.isNotApplicable() || (typed != null && !typed.isBlank());
    }
    return stored.notApplicable() != input.isNotApplicable()
        || (!input.isNotApplicable() && !Objects.equals(stored.value(), typed))
        || (question.type().isScored()
            && !provenanceOf(question, input).equals(stored.provenance()));
  }

  /** The typed mark and evidence; what is stored when they do not pass the checks. */
  private Provenance provenanceOf(Question question, QuestionInput input) {
    try {
      return input.provenance(question.id());
    } catch (InvalidAnswerException e) {
      return Provenance.NONE;
    }
  }

  private void refresh() {
    snapshot = service.read(currentUser.require(), snapshot.schoolCode(), snapshot.cycle());
  }

  Questionnaire questionnaire() {
    return queries.questionnaire(snapshot);
  }

  /** The modality of this step. */
  public Modality getModality() {
    return questionnaire().modality(step);
  }

  private ScoreCard card() {
    if (card == null || scored != snapshot) {
      card = queries.scores(snapshot);
      scored = snapshot;
    }
    return card;
  }

  /** The questions of this step that the current answers show. */
  public List<Question> getQuestions() {
    ScoreCard scores = card();
    return getModality().questions().stream()
        .filter(q -> scores.question(q.id()).status() != QuestionStatus.HIDDEN)
        .toList();
  }

  /** Whether other questions depend on this one, so changing it re-renders the step. */
  public boolean controls(String questionId) {
    if (controlling == null) {
      controlling =
          questionnaire().questions().stream()
              .flatMap(q -> q.showWhen().stream().map(c -> c.questionId()))
              .collect(Collectors.toSet());
    }
    return controlling.contains(questionId);
  }

  /** Every step with its progress, for the step list. */
  public List<WizardStep> getSteps() {
    return WizardStep.of(questionnaire(), card(), snapshot.owners(), step);
  }

  /** Index of this step in the step list (0-based). */
  public int getStepIndex() {
    return Modality.IDS.indexOf(step);
  }

  public String getPreviousStep() {
    return getStepIndex() == 0 ? null : Modality.IDS.get(getStepIndex() - 1);
  }

  /** The next modality, or {@code review} after the last. */
  public String getNextStep() {
    return getStepIndex() == Modality.IDS.size() - 1
        ? "review"
        : Modality.IDS.get(getStepIndex() + 1);
  }

  /** The owner of this step's modality, or null. */
  public String getOwner() {
    var owner = snapshot.owners().get(step);
    return owner == null ? null : owner.name();
  }

  /** A value in text form as a person reads it, for conflicts. */
  public String display(String questionId, String value, boolean notApplicable) {
    return AnswerCodec.describe(
        questionnaire().question(questionId).orElseThrow(),
        value,
        notApplicable,
        FacesMessages.locale());
  }

  public Map<String, QuestionInput> getInputs() {
    return inputs;
  }

  public AssessmentSnapshot getSnapshot() {
    return snapshot;
  }

  public LocalDateTime getLastSavedAt() {
    return lastSavedAt != null ? lastSavedAt : snapshot.updatedAt();
  }

  /** The history dialog's title: "History: " and the question's text. */
  public String getHistoryTitle() {
    String text =
        historyQuestion == null
            ? ""
            : questionnaire().question(historyQuestion).map(Question::text).orElse(historyQuestion);
    return FacesMessages.text("answer.historyOf", text);
  }

  public String getHistoryQuestion() {
    return historyQuestion;
  }

  public List<ChangeView> getHistory() {
    return history;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }
}
