package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one file, a questionnaire or a shared part, into a {@link ParsedFile} with every error
 * found in that file alone. Combining a questionnaire with the part it includes is {@link
 * QuestionnaireAssembler}'s job.
 */
final class FileParser {

  private static final Set<String> QUESTIONNAIRE_KEYS =
      Set.of("id", "version", "title", "disciplines", "includes", "modalities");
  private static final Set<String> PART_KEYS = Set.of("part", "title", "modalities");
  private static final Set<String> FULL_MODALITY_KEYS =
      Set.of("id", "title", "description", "weight", "questions");
  private static final Set<String> EXTENSION_MODALITY_KEYS = Set.of("id", "questions");

  private FileParser() {}

  static ParsedFile parse(Path path) {
    Problems problems = new Problems(path.toString());
    Optional<byte[]> bytes = YamlSource.bytes(path, problems);
    Optional<YamlMap> root =
        bytes
            .flatMap(b -> YamlSource.compose(b, problems))
            .flatMap(node -> YamlMap.of(node, "a questionnaire file", problems));
    if (root.isEmpty()) {
      return new ParsedFile(
          problems.file(),
          bytes.orElse(new byte[0]),
          false,
          Optional.empty(),
          Optional.empty(),
          1,
          Optional.empty(),
          Set.of(),
          Optional.empty(),
          1,
          List.of(),
          problems.list());
    }
    return parse(root.get(), bytes.get(), problems);
  }

  private static ParsedFile parse(YamlMap root, byte[] bytes, Problems problems) {
    boolean part = root.has("part");
    root.allowOnly(
        part ? PART_KEYS : QUESTIONNAIRE_KEYS, part ? "a shared part" : "a questionnaire");
    Optional<String> id = part ? root.requiredString("part") : slug(root, "id");
    Optional<Integer> version = part ? Optional.empty() : version(root);
    Optional<String> title = root.requiredString("title");
    Set<Discipline> disciplines = part ? Set.of() : disciplines(root);
    Optional<String> includes =
        part || !root.has("includes") ? Optional.empty() : root.requiredString("includes");
    boolean complete = part || !root.has("includes");
    List<ParsedModality> modalities = modalities(root, complete);
    return new ParsedFile(
        problems.file(),
        bytes,
        part,
        id,
        version,
        root.lineOf("version"),
        title,
        disciplines,
        includes,
        root.lineOf("includes"),
        modalities,
        problems.list());
  }

  private static Optional<String> slug(YamlMap root, String key) {
    Optional<String> id = root.requiredString(key);
    if (id.isPresent() && !Identifiers.isSlug(id.get())) {
      root.problems()
          .add(
              root.lineOf(key),
              "'" + key + "' must be lowercase words joined by hyphens, not '" + id.get() + "'");
    }
    return id;
  }

  private static Optional<Integer> version(YamlMap root) {
    Optional<String> text = root.requiredString("version");
    Optional<Integer> version =
        text.filter(t -> t.matches("[1-9][0-9]{0,8}")).map(Integer::valueOf);
    if (text.isPresent() && version.isEmpty()) {
      root.problems()
          .add(
              root.lineOf("version"),
              "'version' must be a positive whole number, not '" + text.get() + "'");
    }
    return version;
  }

  private static Set<Discipline> disciplines(YamlMap root) {
    Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    List<Node> nodes = root.requiredList("disciplines").orElse(List.of());
    if (root.has("disciplines") && nodes.isEmpty()) {
      root.problems()
          .add(root.lineOf("disciplines"), "'disciplines' must name at least one discipline");
    }
    for (Node node : nodes) {
      root.scalar(node, "disciplines")
          .ifPresent(
              code ->
                  Discipline.ofCode(code)
                      .ifPresentOrElse(
                          d -> {
                            if (!disciplines.add(d)) {
                              root.problems().add(node, "duplicate discipline '" + code + "'");
                            }
                          },
                          () ->
                              root.problems()
                                  .add(
                                      node,
                                      "unknown discipline '"
                                          + code
                                          + "' (expected medicine, nursing or dentistry)")));
    }
    return disciplines;
  }

  private static List<ParsedModality> modalities(YamlMap root, boolean complete) {
    List<ParsedModality> modalities = new ArrayList<>();
    List<Node> nodes = root.requiredList("modalities").orElse(List.of());
    for (Node node : nodes) {
      YamlMap.of(node, "a modality", root.problems())
          .flatMap(map -> modality(map, complete))
          .ifPresent(modalities::add);
    }
    ModalityOrder.check(
        modalities.stream().map(ParsedModality::id).toList(),
        modalities.stream().map(ParsedModality::line).toList(),
        complete,
        root.keyLine("modalities"),
        root.problems());
    return modalities;
  }

  private static Optional<ParsedModality> modality(YamlMap map, boolean complete) {
    map.allowOnly(
        complete ? FULL_MODALITY_KEYS : EXTENSION_MODALITY_KEYS,
        complete
            ? "a modality"
            : "a modality of a file that includes a part (title, description and"
                + " weight come from the part)");
    Optional<String> id = map.requiredString("id");
    Optional<String> title = complete ? map.requiredString("title") : Optional.of("");
    Optional<String> description = complete ? map.requiredString("description") : Optional.of("");
    BigDecimal weight = map.decimal("weight").orElse(BigDecimal.ONE);
    if (weight.signum() <= 0) {
      map.problems()
          .add(map.lineOf("weight"), "'weight' must be above 0, not " + weight.toPlainString());
    }
    List<SourcedQuestion> questions = new ArrayList<>();
    String modalityId = id.orElse("?");
    map.list("questions")
        .orElse(List.of())
        .forEach(
            node ->
                QuestionParser.parse(node, modalityId, map.problems()).ifPresent(questions::add));
    return id.map(
        i ->
            new ParsedModality(
                i, map.lineOf("id"), title.orElse(""), description.orElse(""), weight, questions));
  }
}
