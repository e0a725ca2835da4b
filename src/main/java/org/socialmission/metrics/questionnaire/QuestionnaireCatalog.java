package org.socialmission.metrics.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every version of every questionnaire, loaded and validated from one directory; immutable.
 *
 * <p>The current questionnaire of a discipline is the highest version among those serving it. Older
 * versions stay in the catalog because assessments answered on them must still be read and scored.
 * Usage at application start:
 *
 * <pre>{@code
 * QuestionnaireCatalog catalog = QuestionnaireCatalog.load(Path.of("questionnaires"));  // or throws
 * List<ChecksumMismatch> changed = catalog.verifyUnchanged(recordedChecksums);
 * Questionnaire medicine = catalog.current(Discipline.MEDICINE).orElseThrow();
 * }</pre>
 */
public final class QuestionnaireCatalog {

  private static final Comparator<QuestionnaireKey> KEY_ORDER =
      Comparator.comparing(QuestionnaireKey::id).thenComparingInt(QuestionnaireKey::version);

  private final Map<QuestionnaireKey, Questionnaire> byKey;
  private final Map<QuestionnaireKey, Guidance> guidance;

  private QuestionnaireCatalog(
      Map<QuestionnaireKey, Questionnaire> byKey, Map<QuestionnaireKey, Guidance> guidance) {
    this.byKey = byKey;
    this.guidance = guidance;
  }

  /** A catalog of these questionnaires; a key given twice is a {@link QuestionnaireException}. */
  public static QuestionnaireCatalog of(Collection<Questionnaire> questionnaires) {
    return of(questionnaires, Map.of());
  }

  /** A catalog of these questionnaires with their guidance (absent: {@link Guidance#NONE}). */
  public static QuestionnaireCatalog of(
      Collection<Questionnaire> questionnaires, Map<QuestionnaireKey, Guidance> guidance) {
    Map<QuestionnaireKey, Questionnaire> byKey = new TreeMap<>(KEY_ORDER);
    for (Questionnaire questionnaire : questionnaires) {
      if (byKey.put(questionnaire.key(), questionnaire) != null) {
        throw new QuestionnaireException("questionnaire.givenTwice", questionnaire.key());
      }
    }
    return new QuestionnaireCatalog(Collections.unmodifiableMap(byKey), Map.copyOf(guidance));
  }

  /**
   * The catalog of every {@code .yaml} file in the directory, or one exception listing every error.
   */
  public static QuestionnaireCatalog load(Path directory) {
    CatalogLoad load = check(directory);
    return load.catalog()
        .orElseThrow(
            () ->
                new QuestionnaireException(
                    load.errors(), "questionnaire.invalidFiles", directory, load.errors().size()));
  }

  /**
   * Loads and validates every {@code .yaml} file of the directory, the guidance files of its {@code
   * guidance/} folder, and the catalog as a whole.
   */
  public static CatalogLoad check(Path directory) {
    List<Path> files = yamlFiles(directory);
    List<QuestionnaireError> errors = new ArrayList<>();
    if (files.isEmpty()) {
      errors.add(
          new QuestionnaireError(directory.toString(), 1, "no questionnaire files (*.yaml) found"));
    }
    List<Questionnaire> questionnaires = new ArrayList<>();
    for (Path file : files) {
      if (QuestionnaireLoader.isPart(file)) {
        errors.addAll(QuestionnaireLoader.validate(file));
      } else {
        LoadResult result = QuestionnaireLoader.load(file);
        result.questionnaire().ifPresent(questionnaires::add);
        errors.addAll(result.errors());
      }
    }
    errors.addAll(CatalogRules.check(questionnaires));
    GuidanceLoader.Load guidance = GuidanceLoader.load(directory, questionnaires);
    errors.addAll(guidance.errors());
    Optional<QuestionnaireCatalog> catalog =
        errors.isEmpty() ? Optional.of(of(questionnaires, guidance.guidance())) : Optional.empty();
    return new CatalogLoad(catalog, errors, files.size() + guidance.files());
  }

  /** The {@code .yaml} and {@code .yml} files directly in the directory, by name. */
  static List<Path> yamlFiles(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Every questionnaire, ordered by id and version. */
  public List<Questionnaire> all() {
    return List.copyOf(byKey.values());
  }

  /** The questionnaire with this id and version, if any. */
  public Optional<Questionnaire> find(QuestionnaireKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * What the guidance files say beside a questionnaire version: resources and phase bands; {@link
   * Guidance#NONE} when none do.
   */
  public Guidance guidance(QuestionnaireKey key) {
    return guidance.getOrDefault(key, Guidance.NONE);
  }

  /** The current questionnaire of the discipline: the highest version serving it. */
  public Optional<Questionnaire> current(Discipline discipline) {
    return byKey.values().stream()
        .filter(q -> q.serves(discipline))
        .max(Comparator.comparingInt(Questionnaire::version));
  }

  /**
   * The recorded versions whose checksum differs from the files now, or that no file defines any
   * more; empty when every recorded version is unchanged.
   */
  public List<ChecksumMismatch> verifyUnchanged(Map<QuestionnaireKey, String> recorded) {
    return recorded.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(KEY_ORDER))
        .map(
            e ->
                new ChecksumMismatch(
                    e.getKey(), e.getValue(), find(e.getKey()).map(Questionnaire::checksum)))
        .filter(m -> !m.actual().equals(Optional.of(m.recorded())))
        .toList();
  }
}
