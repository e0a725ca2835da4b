package org.socialmission.metrics.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a questionnaire: the eight modalities in order with their questions, the
 * disciplines it serves, and the SHA-256 checksum of the files it was built from.
 *
 * <p>Invariants: the modalities are exactly {@link Modality#IDS} in that order; question ids are
 * unique; at least one discipline. An instance never changes; a new version of the content is a new
 * file and a new instance. Questions and modalities are looked up by id in constant time.
 */
public final class Questionnaire {

  private final String id;
  private final int version;
  private final String title;
  private final Set<Discipline> disciplines;
  private final List<Modality> modalities;
  private final String checksum;
  private final List<String> sources;
  // Lookups by id, built once: imports, scoring and pages ask for questions by id per answer.
  private final List<Question> questions;
  private final Map<String, Question> questionsById;
  private final Map<String, Modality> modalitiesById;

  /**
   * Checks the invariants and freezes the collections.
   *
   * @param checksum lowercase hex SHA-256 of the source bytes (of the included part file followed
   *     by the questionnaire file, when it includes one)
   * @param sources the files it was built from, in the order they were hashed
   */
  public Questionnaire(
      String id,
      int version,
      String title,
      Set<Discipline> disciplines,
      List<Modality> modalities,
      String checksum,
      List<String> sources) {
    new QuestionnaireKey(id, version);
    this.id = id;
    this.version = version;
    this.title = title;
    this.disciplines = Set.copyOf(disciplines);
    this.modalities = List.copyOf(modalities);
    this.checksum = checksum;
    this.sources = List.copyOf(sources);
    if (this.disciplines.isEmpty()) {
      throw new IllegalArgumentException("a questionnaire serves at least one discipline");
    }
    if (!this.modalities.stream().map(Modality::id).toList().equals(Modality.IDS)) {
      throw new IllegalArgumentException("modalities must be " + Modality.IDS);
    }
    this.questions = this.modalities.stream().flatMap(m -> m.questions().stream()).toList();
    Map<String, Question> byId = new LinkedHashMap<>();
    questions.forEach(q -> byId.put(q.id(), q));
    if (byId.size() != questions.size()) {
      throw new IllegalArgumentException("question ids must be unique");
    }
    this.questionsById = Collections.unmodifiableMap(byId);
    Map<String, Modality> modalityById = new LinkedHashMap<>();
    this.modalities.forEach(m -> modalityById.put(m.id(), m));
    this.modalitiesById = Collections.unmodifiableMap(modalityById);
  }

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  public String title() {
    return title;
  }

  public Set<Discipline> disciplines() {
    return disciplines;
  }

  public List<Modality> modalities() {
    return modalities;
  }

  public String checksum() {
    return checksum;
  }

  public List<String> sources() {
    return sources;
  }

  /** The key that identifies this version. */
  public QuestionnaireKey key() {
    return new QuestionnaireKey(id, version);
  }

  /** Whether this questionnaire serves the discipline. */
  public boolean serves(Discipline discipline) {
    return disciplines.contains(discipline);
  }

  /** Every question in the order asked. */
  public List<Question> questions() {
    return questions;
  }

  /** The question with this id, if any. */
  public Optional<Question> question(String questionId) {
    return Optional.ofNullable(questionsById.get(questionId));
  }

  /** The modality with this id (one of {@link Modality#IDS}). */
  public Modality modality(String modalityId) {
    Modality modality = modalitiesById.get(modalityId);
    if (modality == null) {
      throw new QuestionnaireException("questionnaire.unknownModality", modalityId);
    }
    return modality;
  }

  /** The questions by id, in the order asked, for lookups in bulk. */
  public Map<String, Question> questionsById() {
    return questionsById;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Questionnaire q
        && version == q.version
        && id.equals(q.id)
        && Objects.equals(title, q.title)
        && disciplines.equals(q.disciplines)
        && modalities.equals(q.modalities)
        && Objects.equals(checksum, q.checksum)
        && sources.equals(q.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, title, disciplines, modalities, checksum, sources);
  }

  @Override
  public String toString() {
    return "Questionnaire[" + id + " v" + version + ", " + title + "]";
  }
}
