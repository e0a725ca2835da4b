package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field. Every mistake (wrong kind of value, missing field, duplicate
 * or unknown key) goes to {@link Problems} with the line of the offending node, and the accessor
 * returns empty so reading can go on and find further mistakes.
 */
final class YamlMap {

  private final MappingNode node;
  private final Problems problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(MappingNode node, Problems problems) {
    this.node = node;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      addEntry(tuple);
    }
  }

  /** The node as a mapping, or empty after reporting that {@code what} must be a mapping. */
  static Optional<YamlMap> of(Node node, String what, Problems problems) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(mapping, problems));
    }
    problems.add(node, what + " must be a mapping of keys to values");
    return Optional.empty();
  }

  private void addEntry(NodeTuple tuple) {
    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
      problems.add(tuple.getKeyNode(), "a key must be a plain word");
    } else if (entries.containsKey(key.getValue())) {
      problems.add(key, "duplicate key '" + key.getValue() + "'");
    } else {
      entries.put(key.getValue(), tuple);
    }
  }

  int line() {
    return Problems.lineOf(node);
  }

  Problems problems() {
    return problems;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** Reports every key not in {@code allowed}, suggesting the closest allowed key. */
  void allowOnly(Set<String> allowed, String where) {
    entries.forEach(
        (key, tuple) -> {
          if (!allowed.contains(key)) {
            String hint =
                KeySuggestion.closest(key, allowed)
                    .map(k -> " (did you mean '" + k + "'?)")
                    .orElse(
                        " (allowed: "
                            + String.join(", ", allowed.stream().sorted().toList())
                            + ")");
            problems.add(tuple.getKeyNode(), "unknown key '" + key + "' in " + where + hint);
          }
        });
  }

  /** The value node of the key, if present. */
  Optional<Node> node(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  /** The line of the key's value, or of the mapping when the key is absent. */
  int lineOf(String key) {
    return node(key).map(Problems::lineOf).orElse(line());
  }

  /** The line of the key itself, or of the mapping when the key is absent. */
  int keyLine(String key) {
    return Optional.ofNullable(entries.get(key))
        .map(t -> Problems.lineOf(t.getKeyNode()))
        .orElse(line());
  }

  /** A scalar value as text; reports a non-scalar value. */
  Optional<String> string(String key) {
    return node(key).flatMap(value -> scalar(value, key));
  }

  /** A scalar value that must be present and not blank. */
  Optional<String> requiredString(String key) {
    Optional<String> value = string(key);
    if (value.isEmpty() && !has(key)) {
      problems.add(line(), "missing required key '" + key + "'");
    } else if (value.isPresent() && value.get().isBlank()) {
      problems.add(lineOf(key), "'" + key + "' must not be empty");
      return Optional.empty();
    }
    return value;
  }

  Optional<String> scalar(Node value, String key) {
    if (value instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue().strip());
    }
    problems.add(value, "'" + key + "' must be a single value, not a list or mapping");
    return Optional.empty();
  }

  /** A decimal number, if present and well-formed. */
  Optional<BigDecimal> decimal(String key) {
    return string(key)
        .flatMap(
            text -> {
              try {
                return Optional.of(new BigDecimal(text));
              } catch (NumberFormatException e) {
                problems.add(lineOf(key), "'" + key + "' must be a number, not '" + text + "'");
                return Optional.empty();
              }
            });
  }

  /** {@code true} or {@code false}; the default when absent. */
  boolean bool(String key, boolean otherwise) {
    return string(key)
        .map(
            text ->
                switch (text) {
                  case "true" -> true;
                  case "false" -> false;
                  default -> {
                    problems.add(
                        lineOf(key), "'" + key + "' must be true or false, not '" + text + "'");
                    yield otherwise;
                  }
                })
        .orElse(otherwise);
  }

  /** A list value, if present; reports a value that is not a list. */
  Optional<List<Node>> list(String key) {
    return node(key)
        .flatMap(
            value -> {
              if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence.getValue());
              }
              problems.add(value, "'" + key + "' must be a list");
              return Optional.empty();
            });
  }

  /** A list value that must be present. */
  Optional<List<Node>> requiredList(String key) {
    if (!has(key)) {
      problems.add(line(), "missing required key '" + key + "'");
    }
    return list(key);
  }
}
