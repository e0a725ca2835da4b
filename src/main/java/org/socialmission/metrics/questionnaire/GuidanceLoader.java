package org.socialmission.metrics.questionnaire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialmission.metrics.questionnaire.GuidanceParser.ParsedGuidance;
import org.socialmission.metrics.questionnaire.GuidanceParser.QuestionRef;

/**
 * Loads the guidance files of a questionnaire directory (its {@code guidance/} folder) and checks
 * them against the files they guide: each names with {@code guides} a questionnaire or shared part
 * of the directory, at most one guidance file per guided file, and its questions must be asked in
 * that file itself (questions of an included part are guided in the part's guidance file). The
 * guidance of a questionnaire is that of its part followed by its own.
 */
final class GuidanceLoader {

  /** The folder of guidance files inside a questionnaire directory. */
  static final String FOLDER = "guidance";

  private GuidanceLoader() {}

  /** The guidance of each questionnaire, the errors of every guidance file, and their number. */
  record Load(
      Map<QuestionnaireKey, Guidance> guidance, List<QuestionnaireError> errors, int files) {}

  static Load load(Path directory, List<Questionnaire> questionnaires) {
    List<Path> files = QuestionnaireCatalog.yamlFiles(directory.resolve(FOLDER));
    List<QuestionnaireError> errors = new ArrayList<>();
    Map<String, Guidance> byGuidedFile = new HashMap<>();
    for (Path file : files) {
      ParsedGuidance parsed = GuidanceParser.parse(file);
      List<QuestionnaireError> own = new ArrayList<>(parsed.errors());
      own.addAll(crossCheck(parsed, directory, byGuidedFile.keySet()));
      errors.addAll(own);
      if (own.isEmpty()) {
        byGuidedFile.put(parsed.guides().orElseThrow(), parsed.guidance());
      }
    }
    Map<QuestionnaireKey, Guidance> guidance = new HashMap<>();
    for (Questionnaire questionnaire : questionnaires) {
      guidance.put(
          questionnaire.key(),
          questionnaire.sources().stream()
              .map(source -> Path.of(source).getFileName().toString())
              .map(name -> byGuidedFile.getOrDefault(name, Guidance.NONE))
              .reduce(Guidance.NONE, Guidance::then));
    }
    return new Load(guidance, errors, files.size());
  }

  /** Every error of one guidance file, checked against the directory it belongs to. */
  static List<QuestionnaireError> validate(Path file) {
    ParsedGuidance parsed = GuidanceParser.parse(file);
    List<QuestionnaireError> errors = new ArrayList<>(parsed.errors());
    Path parent = file.toAbsolutePath().getParent();
    errors.addAll(crossCheck(parsed, parent.getParent(), Set.of()));
    return errors.stream().sorted().distinct().toList();
  }

  /** Whether a file lies in a guidance folder. */
  static boolean isGuidance(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent != null
        && parent.getFileName() != null
        && FOLDER.equals(parent.getFileName().toString());
  }

  private static List<QuestionnaireError> crossCheck(
      ParsedGuidance parsed, Path directory, Set<String> alreadyGuided) {
    if (parsed.guides().isEmpty()) {
      return List.of();
    }
    String guides = parsed.guides().get();
    Path guided = directory.resolve(guides);
    if (guides.contains("/") || guides.contains("\\") || !Files.isRegularFile(guided)) {
      return List.of(
          error(
              parsed,
              parsed.guidesLine(),
              "'guides' must name a questionnaire or shared part file of "
                  + directory
                  + ", such as core-v1.yaml; '"
                  + guides
                  + "' is not one"));
    }
    if (alreadyGuided.contains(guides)) {
      return List.of(
          error(
              parsed,
              parsed.guidesLine(),
              "another guidance file already guides " + guides + "; keep one per file"));
    }
    Set<String> asked = ownQuestions(guided);
    return parsed.questions().stream()
        .filter(q -> !asked.contains(q.id()))
        .map(q -> error(parsed, q.line(), notAsked(q, guides)))
        .toList();
  }

  private static String notAsked(QuestionRef question, String guides) {
    return "question '"
        + question.id()
        + "' is not asked in "
        + guides
        + " (questions of an included part are guided in the part's guidance file)";
  }

  private static Set<String> ownQuestions(Path file) {
    return FileParser.parse(file).modalities().stream()
        .flatMap(m -> m.questions().stream())
        .map(SourcedQuestion::id)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private static QuestionnaireError error(ParsedGuidance parsed, int line, String message) {
    return new QuestionnaireError(parsed.file(), line, message);
  }
}
