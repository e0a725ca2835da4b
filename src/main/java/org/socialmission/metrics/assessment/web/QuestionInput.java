package org.socialmission.metrics.assessment.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.SaveOutcome;

/**
 * What the wizard shows and edits of one question: the value being typed (text form, or ticked
 * options for checklists), not applicable, the answer revision the person started from, and the
 * outcome of the last save (saved, a plain-words error, or a conflict to resolve).
 */
public class QuestionInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String value;
  private List<String> choices = new ArrayList<>();
  private boolean notApplicable;
  private int revision;
  private LocalDateTime savedAt;
  private String error;
  private SaveOutcome.Conflict conflict;

  static QuestionInput of(AnswerView stored) {
    var input = new QuestionInput();
    if (stored != null) {
      input.takeStored(stored);
    }
    return input;
  }

  /** Shows what is stored, dropping what was typed. */
  void takeStored(AnswerView stored) {
    value = stored.value();
    choices =
        stored.value() == null || stored.value().isEmpty()
            ? new ArrayList<>()
            : new ArrayList<>(Arrays.asList(stored.value().split("\\|")));
    notApplicable = stored.notApplicable();
    revision = stored.revision();
    savedAt = stored.updatedAt();
    error = null;
    conflict = null;
  }

  /** The typed value in the codec's text form. */
  String typed(boolean checklist) {
    return checklist ? String.join("|", choices) : value;
  }

  void saved(SaveOutcome.Saved outcome) {
    revision = outcome.revision();
    savedAt = outcome.at();
    error = null;
    conflict = null;
  }

  void failed(String message) {
    error = message;
    conflict = null;
  }

  void conflicted(SaveOutcome.Conflict outcome) {
    conflict = outcome;
    error = null;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public List<String> getChoices() {
    return choices;
  }

  public void setChoices(List<String> choices) {
    this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
  }

  public boolean isNotApplicable() {
    return notApplicable;
  }

  public void setNotApplicable(boolean notApplicable) {
    this.notApplicable = notApplicable;
  }

  public int getRevision() {
    return revision;
  }

  public LocalDateTime getSavedAt() {
    return savedAt;
  }

  public String getError() {
    return error;
  }

  public SaveOutcome.Conflict getConflict() {
    return conflict;
  }
}
