package org.socialmission.metrics.questionnaire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Combines a questionnaire file with the shared part it includes, runs the checks that need the
 * whole questionnaire, and builds the immutable {@link Questionnaire} with its checksum when
 * nothing is wrong.
 */
final class QuestionnaireAssembler {

  private QuestionnaireAssembler() {}

  static LoadResult assemble(ParsedFile file) {
    List<QuestionnaireError> errors = new ArrayList<>(file.errors());
    Optional<ParsedFile> part = file.includes().flatMap(include -> include(file, include, errors));
    List<ParsedModality> modalities =
        part.map(p -> merge(p.modalities(), file.modalities())).orElse(file.modalities());
    errors.addAll(ConditionChecker.check(questions(modalities)));
    if (!errors.isEmpty()) {
      return LoadResult.failed(errors);
    }
    List<ParsedFile> sources = part.map(p -> List.of(p, file)).orElse(List.of(file));
    return LoadResult.of(
        new Questionnaire(
            file.id().orElseThrow(),
            file.version().orElseThrow(),
            file.title().orElseThrow(),
            file.disciplines(),
            build(modalities),
            checksum(sources),
            sources.stream().map(ParsedFile::file).toList()));
  }

  /** The questions of the modalities, in the order they are asked. */
  static List<SourcedQuestion> questions(List<ParsedModality> modalities) {
    return modalities.stream().flatMap(m -> m.questions().stream()).toList();
  }

  private static Optional<ParsedFile> include(
      ParsedFile file, String include, List<QuestionnaireError> errors) {
    Path path = Path.of(file.file()).resolveSibling(include);
    if (!Files.isRegularFile(path)) {
      errors.add(
          new QuestionnaireError(
              file.file(),
              file.includesLine(),
              "included file '" + include + "' not found (looked for " + path + ")"));
      return Optional.empty();
    }
    ParsedFile part = FileParser.parse(path);
    errors.addAll(part.errors());
    if (part.errors().isEmpty() && !part.part()) {
      errors.add(
          new QuestionnaireError(
              file.file(),
              file.includesLine(),
              "included file '"
                  + include
                  + "' is not a shared part (a part starts with the key 'part')"));
      return Optional.empty();
    }
    return Optional.of(part);
  }

  /** The part's modalities, each followed by the questions the including file adds to it. */
  private static List<ParsedModality> merge(
      List<ParsedModality> part, List<ParsedModality> extension) {
    return part.stream()
        .map(
            m -> {
              List<SourcedQuestion> questions = new ArrayList<>(m.questions());
              extension.stream()
                  .filter(e -> e.id().equals(m.id()))
                  .findFirst()
                  .ifPresent(e -> questions.addAll(e.questions()));
              return new ParsedModality(
                  m.id(), m.line(), m.title(), m.description(), m.weight(), questions);
            })
        .toList();
  }

  private static List<Modality> build(List<ParsedModality> modalities) {
    return modalities.stream()
        .map(
            m ->
                new Modality(
                    m.id(),
                    m.title(),
                    m.description(),
                    m.weight(),
                    m.questions().stream().map(q -> q.question().orElseThrow()).toList()))
        .toList();
  }

  /** SHA-256 over the bytes of the sources in order, as lowercase hex. */
  static String checksum(List<ParsedFile> sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      sources.forEach(source -> digest.update(source.bytes()));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
