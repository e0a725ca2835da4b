package org.socialmission.metrics.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of a questionnaire: the eight modalities in order with their questions, the
 * disciplines it serves, and the SHA-256 checksum of the files it was built from.
 *
 * <p>Invariants: the modalities are exactly {@link Modality#IDS} in that order; question ids are
 * unique; at least one discipline. An instance never changes; a new version of the content is a new
 * file and a new instance.
 *
 * @param checksum lowercase hex SHA-256 of the source bytes (of the included part file followed by
 *     the questionnaire file, when it includes one)
 * @param sources the files it was built from, in the order they were hashed
 */
public record Questionnaire(
    String id,
    int version,
    String title,
    Set<Discipline> disciplines,
    List<Modality> modalities,
    String checksum,
    List<String> sources) {

  /** Checks the invariants and freezes the collections. */
  public Questionnaire {
    new QuestionnaireKey(id, version);
    disciplines = Set.copyOf(disciplines);
    modalities = List.copyOf(modalities);
    sources = List.copyOf(sources);
    if (disciplines.isEmpty()) {
      throw new IllegalArgumentException("a questionnaire serves at least one discipline");
    }
    if (!modalities.stream().map(Modality::id).toList().equals(Modality.IDS)) {
      throw new IllegalArgumentException("modalities must be " + Modality.IDS);
    }
    long distinct =
        modalities.stream()
            .flatMap(m -> m.questions().stream())
            .map(Question::id)
            .distinct()
            .count();
    if (distinct != modalities.stream().mapToLong(m -> m.questions().size()).sum()) {
      throw new IllegalArgumentException("question ids must be unique");
    }
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
    return modalities.stream().flatMap(m -> m.questions().stream()).toList();
  }

  /** The question with this id, if any. */
  public Optional<Question> question(String questionId) {
    return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** The modality with this id (one of {@link Modality#IDS}). */
  public Modality modality(String modalityId) {
    return modalities.stream()
        .filter(m -> m.id().equals(modalityId))
        .findFirst()
        .orElseThrow(() -> new QuestionnaireException("questionnaire.unknownModality", modalityId));
  }

  /** The questions by id, for lookups in bulk. */
  public Map<String, Question> questionsById() {
    return questions().stream()
        .collect(Collectors.toUnmodifiableMap(Question::id, Function.identity()));
  }
}
