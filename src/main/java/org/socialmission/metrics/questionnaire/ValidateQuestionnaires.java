package org.socialmission.metrics.questionnaire;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line validator for questionnaire files, for staff who edit them without starting the
 * server.
 *
 * <p>Arguments are files or directories (default: {@code questionnaires}). A directory is checked
 * as the application would load it, including the rules across files and its guidance files; a file
 * in a {@code guidance/} folder is checked as guidance. Prints one {@code file:line: message} line
 * per error and a summary; exits with 0 when everything is valid, 1 otherwise. Usage:
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.args=questionnaires
 * </pre>
 */
public final class ValidateQuestionnaires {

  private ValidateQuestionnaires() {}

  /** Runs the validator and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Validates the paths, prints errors and a summary to {@code out}, and returns the exit status.
   */
  public static int run(String[] args, PrintStream out) {
    List<String> paths = args.length == 0 ? List.of("questionnaires") : List.of(args);
    List<QuestionnaireError> errors = new ArrayList<>();
    int files = 0;
    for (String name : paths) {
      files += check(Path.of(name), errors);
    }
    List<QuestionnaireError> sorted = errors.stream().sorted().distinct().toList();
    sorted.forEach(out::println);
    out.println(
        files
            + " file(s) checked, "
            + (sorted.isEmpty()
                ? "all valid"
                : sorted.size()
                    + " error(s) in "
                    + sorted.stream().map(QuestionnaireError::file).distinct().count()
                    + " file(s)"));
    return sorted.isEmpty() ? 0 : 1;
  }

  /** Adds the errors of one path and returns how many files it held. */
  private static int check(Path path, List<QuestionnaireError> errors) {
    if (Files.isDirectory(path)) {
      CatalogLoad load = QuestionnaireCatalog.check(path);
      errors.addAll(load.errors());
      return load.fileCount();
    }
    if (!Files.isRegularFile(path)) {
      errors.add(new QuestionnaireError(path.toString(), 1, "no such file or directory"));
      return 0;
    }
    errors.addAll(
        GuidanceLoader.isGuidance(path)
            ? GuidanceLoader.validate(path)
            : QuestionnaireLoader.validate(path));
    return 1;
  }
}
