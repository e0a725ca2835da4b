package org.socialmission.metrics.assessment.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.Provenance;
import org.socialmission.metrics.assessment.SaveOutcome;
import org.socialmission.metrics.scoring.DataQuality;

/**
 * What the wizard shows and edits of one question: the value being typed (text form, or ticked
 * options for checklists), not applicable, the data-quality mark and evidence, the answer revision
 * the person started from, and the outcome of the last save (saved, a plain-words error, or a
 * conflict to resolve).
 */
public class QuestionInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String value;
  private List<String> choices = new ArrayList<>();
  private boolean notApplicable;
  private String quality;
  private String evidence;
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
    quality = stored.provenance().mark().map(DataQuality::code).orElse(null);
    evidence = String.join("\n", stored.provenance().evidence());
    revision = stored.revision();
    savedAt = stored.updatedAt();
    error = null;
    conflict = null;
  }

  /** The typed value in the codec's text form. */
  String typed(boolean checklist) {
    return checklist ? String.join("|", choices) : value;
  }

  /**
   * The mark and evidence as typed, checked.
   *
   * @throws org.socialmission.metrics.assessment.InvalidAnswerException when they break the rules
   */
  Provenance provenance(String questionId) {
    return Provenance.of(
        questionId, quality, evidence == null ? List.of() : Arrays.asList(evidence.split("\\R")));
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

  public String getQuality() {
    return quality;
  }

  public void setQuality(String quality) {
    this.quality = quality;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  /** Whether the question has a stored answer, which a mark and evidence can go with. */
  public boolean isStored() {
    return revision > 0;
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
