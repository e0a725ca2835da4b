package org.socialmission.metrics.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;

/**
 * An assessment cycle (a year). Staff open it with the questionnaire version each discipline uses
 * and a deadline, and close it; a closed cycle's assessments no longer change.
 */
@Entity
@Table(name = "cycle")
public class Cycle {

  /** Whether answers of a cycle may change. */
  public enum State {
    OPEN,
    CLOSED
  }

  /** The questionnaire version a discipline uses in the cycle. */
  @Embeddable
  public static class Version {
    @Column(name = "questionnaire_id", nullable = false, length = 64)
    private String id;

    @Column(name = "questionnaire_version", nullable = false)
    private int version;

    protected Version() {}

    Version(QuestionnaireKey key) {
      this.id = key.id();
      this.version = key.version();
    }

    QuestionnaireKey key() {
      return new QuestionnaireKey(id, version);
    }
  }

  @Id
  @Column(name = "cycle_year")
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private State state = State.OPEN;

  @Column private LocalDate deadline;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  /** Moved on by the database whenever submitted scores of the cycle may change; read only here. */
  @Column(name = "scores_version", insertable = false, updatable = false)
  private long scoresVersion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cycle_questionnaire", joinColumns = @JoinColumn(name = "cycle_year"))
  @MapKeyColumn(name = "discipline_code", length = 32)
  private Map<String, Version> questionnaires = new HashMap<>();

  protected Cycle() {}

  Cycle(
      int year,
      LocalDate deadline,
      Map<String, QuestionnaireKey> questionnaires,
      LocalDateTime now) {
    if (year < 2000 || year > 2100) {
      throw new InvalidAnswerException(null, "cycle.yearRange", 2000, 2100);
    }
    this.year = year;
    this.deadline = deadline;
    this.openedAt = now;
    questionnaires.forEach(
        (discipline, key) -> this.questionnaires.put(discipline, new Version(key)));
  }

  void close(LocalDateTime now) {
    state = State.CLOSED;
    closedAt = now;
  }

  void reopen() {
    state = State.OPEN;
    closedAt = null;
  }

  public int getYear() {
    return year;
  }

  public State getState() {
    return state;
  }

  public boolean isOpen() {
    return state == State.OPEN;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  /**
   * A number that moves on whenever the cycle's submitted scores may have changed: figures computed
   * from them hold as long as it stays the same.
   */
  public long getScoresVersion() {
    return scoresVersion;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  /** The questionnaire version the discipline uses in this cycle, if set. */
  public Optional<QuestionnaireKey> questionnaire(String disciplineCode) {
    return Optional.ofNullable(questionnaires.get(disciplineCode)).map(Version::key);
  }

  /** Discipline code → questionnaire version, for display. */
  public Map<String, String> getQuestionnaireLabels() {
    Map<String, String> labels = new TreeMap<>();
    questionnaires.forEach((d, v) -> labels.put(d, v.key().toString()));
    return labels;
  }
}
