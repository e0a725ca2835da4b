package org.socialmission.metrics.questionnaire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads questionnaire files and reports every mistake in them at once, each with its file and line.
 *
 * <p>Two kinds of file exist (see {@code questionnaires/README.md}): a <em>questionnaire</em> (keys
 * {@code id}, {@code version}, ...), complete in itself or extending a shared part through {@code
 * includes}, and a <em>shared part</em> (key {@code part}) that holds what several questionnaires
 * have in common. Usage:
 *
 * <pre>{@code
 * LoadResult result = QuestionnaireLoader.load(Path.of("questionnaires/medicine-v1.yaml"));
 * result.errors().forEach(System.out::println);   // questionnaires/medicine-v1.yaml:12: unknown key ...
 * }</pre>
 */
public final class QuestionnaireLoader {

  private QuestionnaireLoader() {}

  /** Loads a questionnaire file together with the part it includes; a part alone is an error. */
  public static LoadResult load(Path file) {
    ParsedFile parsed = FileParser.parse(file);
    if (parsed.part()) {
      List<QuestionnaireError> errors = new ArrayList<>(validate(file));
      errors.add(
          new QuestionnaireError(
              parsed.file(),
              1,
              "this is a shared part, not a questionnaire: load the questionnaire that includes"
                  + " it"));
      return LoadResult.failed(errors);
    }
    return QuestionnaireAssembler.assemble(parsed);
  }

  /** Every error of a questionnaire or a shared part file, sorted; empty when the file is valid. */
  public static List<QuestionnaireError> validate(Path file) {
    ParsedFile parsed = FileParser.parse(file);
    if (!parsed.part()) {
      return QuestionnaireAssembler.assemble(parsed).errors();
    }
    List<QuestionnaireError> errors = new ArrayList<>(parsed.errors());
    errors.addAll(ConditionChecker.check(QuestionnaireAssembler.questions(parsed.modalities())));
    return errors.stream().sorted().distinct().toList();
  }

  /**
   * Whether the file is a shared part (its top level has the key {@code part}); false if
   * unreadable.
   */
  static boolean isPart(Path file) {
    return FileParser.parse(file).part();
  }
}
