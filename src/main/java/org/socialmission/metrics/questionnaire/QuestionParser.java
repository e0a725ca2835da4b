package org.socialmission.metrics.questionnaire;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one question entry of a modality, reporting every mistake in it. */
final class QuestionParser {

  private static final Set<String> COMMON_KEYS =
      Set.of("id", "type", "text", "help", "required", "naAllowed", "showWhen", "thenet", "aspire");

  private QuestionParser() {}

  /** The question, as complete as the entry allows; empty only when the entry is not a mapping. */
  static Optional<SourcedQuestion> parse(Node node, String modalityId, Problems problems) {
    return YamlMap.of(node, "a question", problems).map(map -> parse(map, modalityId));
  }

  private static SourcedQuestion parse(YamlMap map, String modalityId) {
    Optional<QuestionType> type = type(map);
    map.allowOnly(
        allowedKeys(type), "a question" + type.map(t -> " of type " + t.code()).orElse(""));
    Optional<String> id = id(map, modalityId);
    Optional<String> text = map.requiredString("text");
    Optional<String> help = map.requiredString("help");
    boolean required = map.bool("required", type.map(QuestionType::isScored).orElse(true));
    boolean naAllowed = map.bool("naAllowed", false);
    Optional<TheNetPart> thenet =
        code(map, "thenet", TheNetPart::ofCode, TheNetPart.values(), TheNetPart::code);
    Optional<AspireDomain> aspire =
        code(map, "aspire", AspireDomain::ofCode, AspireDomain.values(), AspireDomain::code);
    Optional<Condition> condition = map.node("showWhen").flatMap(n -> condition(n, map.problems()));
    Optional<ScoringRule> rule = type.flatMap(t -> RuleParser.parse(map, t));
    Optional<Question> question = Optional.empty();
    if (id.isPresent()
        && type.isPresent()
        && text.isPresent()
        && help.isPresent()
        && thenet.isPresent()
        && aspire.isPresent()
        && rule.isPresent()
        && (condition.isPresent() || !map.has("showWhen"))) {
      question =
          Optional.of(
              new Question(
                  id.get(),
                  type.get(),
                  text.get(),
                  help.get(),
                  required,
                  naAllowed,
                  condition,
                  thenet.get(),
                  aspire.get(),
                  rule.get()));
    }
    return new SourcedQuestion(
        id.orElse(null),
        map.problems().file(),
        map.lineOf("id"),
        type,
        rule,
        condition,
        map.lineOf("showWhen"),
        question);
  }

  private static Set<String> allowedKeys(Optional<QuestionType> type) {
    Set<String> keys = new HashSet<>(COMMON_KEYS);
    type.ifPresentOrElse(
        t -> keys.addAll(RuleParser.keysOf(t)),
        () -> Arrays.stream(QuestionType.values()).forEach(t -> keys.addAll(RuleParser.keysOf(t))));
    return keys;
  }

  private static Optional<QuestionType> type(YamlMap map) {
    Optional<String> code = map.requiredString("type");
    Optional<QuestionType> type = code.flatMap(QuestionType::ofCode);
    if (code.isPresent() && type.isEmpty()) {
      map.problems()
          .add(
              map.lineOf("type"),
              "unknown type '"
                  + code.get()
                  + "' (expected one of "
                  + codes(QuestionType.values(), QuestionType::code)
                  + ")");
    }
    return type;
  }

  private static Optional<String> id(YamlMap map, String modalityId) {
    Optional<String> id = map.requiredString("id");
    String prefix = modalityId + ".";
    if (id.isPresent()
        && (!id.get().startsWith(prefix)
            || !Identifiers.isSlug(id.get().substring(prefix.length())))) {
      map.problems()
          .add(
              map.lineOf("id"),
              "question id '"
                  + id.get()
                  + "' must be '"
                  + prefix
                  + "' followed by lowercase words joined by hyphens");
      return Optional.empty();
    }
    return id;
  }

  private static <T> Optional<T> code(
      YamlMap map,
      String key,
      Function<String, Optional<T>> lookup,
      T[] values,
      Function<T, String> codeOf) {
    Optional<String> code = map.requiredString(key);
    Optional<T> value = code.flatMap(lookup);
    if (code.isPresent() && value.isEmpty()) {
      map.problems()
          .add(
              map.lineOf(key),
              "unknown "
                  + key
                  + " '"
                  + code.get()
                  + "' (expected one of "
                  + codes(values, codeOf)
                  + ")");
    }
    return value;
  }

  private static Optional<Condition> condition(Node node, Problems problems) {
    return YamlMap.of(node, "'showWhen'", problems)
        .flatMap(
            map -> {
              map.allowOnly(Set.of("question", "equals", "contains"), "'showWhen'");
              Optional<String> target = map.requiredString("question");
              if (map.has("equals") == map.has("contains")) {
                problems.add(map.line(), "'showWhen' needs exactly one of 'equals' and 'contains'");
                return Optional.empty();
              }
              Condition.Test test =
                  map.has("equals") ? Condition.Test.EQUALS : Condition.Test.CONTAINS;
              Optional<String> value = map.requiredString(test.key());
              return target.flatMap(t -> value.map(v -> new Condition(t, test, v)));
            });
  }

  private static <T> String codes(T[] values, Function<T, String> codeOf) {
    return Arrays.stream(values).map(codeOf).collect(Collectors.joining(", "));
  }
}
