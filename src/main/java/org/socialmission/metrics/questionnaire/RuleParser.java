package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the scoring part of a question (points, options, bands) for its type and checks that points
 * are never negative and never above the question's {@code maxPoints}, and that the maximum is
 * reachable.
 */
final class RuleParser {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RuleParser() {}

  /** The keys each type adds to the common keys of a question. */
  static Set<String> keysOf(QuestionType type) {
    return switch (type) {
      case YESNO -> Set.of("yesPoints", "noPoints");
      case SINGLE, MULTIPLE -> Set.of("options", "maxPoints");
      case NUMBER -> Set.of("unit", "min", "max", "bands", "maxPoints");
      case PERCENTAGE -> Set.of("bands", "maxPoints");
      case TEXT -> Set.of();
    };
  }

  static Optional<ScoringRule> parse(YamlMap map, QuestionType type) {
    return switch (type) {
      case YESNO -> yesNo(map);
      case SINGLE, MULTIPLE -> choice(map, type == QuestionType.MULTIPLE);
      case NUMBER -> number(map);
      case PERCENTAGE -> bands(map, "%", BigDecimal.ZERO, Optional.of(HUNDRED));
      case TEXT -> Optional.of(new NoScoring());
    };
  }

  private static Optional<ScoringRule> yesNo(YamlMap map) {
    if (!map.has("yesPoints")) {
      map.problems().add(map.line(), "missing required key 'yesPoints'");
    }
    Optional<BigDecimal> yes = points(map, "yesPoints");
    Optional<BigDecimal> no =
        map.has("noPoints") ? points(map, "noPoints") : Optional.of(BigDecimal.ZERO);
    return yes.isPresent() && no.isPresent()
        ? Optional.of(new YesNoRule(yes.get(), no.get()))
        : Optional.empty();
  }

  private static Optional<ScoringRule> choice(YamlMap map, boolean multiple) {
    List<Option> options = new ArrayList<>();
    int count =
        map.requiredList("options")
            .map(nodes -> readOptions(nodes, map.problems(), options))
            .orElse(-1);
    Optional<BigDecimal> declared =
        map.has("maxPoints") ? points(map, "maxPoints") : Optional.empty();
    if (count < 0 || count != options.size() || map.has("maxPoints") && declared.isEmpty()) {
      return Optional.empty();
    }
    if (count < 2) {
      map.problems().add(map.lineOf("options"), "a choice needs at least two options");
      return Optional.empty();
    }
    BigDecimal reachable =
        multiple
            ? ChoiceRule.sum(options)
            : options.stream().map(Option::points).reduce(BigDecimal.ZERO, BigDecimal::max);
    return checkedMax(map, declared, reachable, options.stream().map(Option::points).toList())
        .map(max -> new ChoiceRule(multiple, options, max));
  }

  /** Reads the options into {@code options}; returns how many entries there were. */
  private static int readOptions(List<Node> nodes, Problems problems, List<Option> options) {
    Set<String> ids = new HashSet<>();
    for (Node node : nodes) {
      YamlMap.of(node, "an option", problems)
          .flatMap(map -> option(map, ids))
          .ifPresent(options::add);
    }
    return nodes.size();
  }

  private static Optional<Option> option(YamlMap map, Set<String> ids) {
    map.allowOnly(Set.of("id", "label", "points"), "an option");
    Optional<String> id = map.requiredString("id");
    Optional<String> label = map.requiredString("label");
    if (!map.has("points")) {
      map.problems().add(map.line(), "missing required key 'points'");
    }
    Optional<BigDecimal> points = points(map, "points");
    if (id.isPresent() && !Identifiers.isSlug(id.get())) {
      map.problems()
          .add(
              map.lineOf("id"),
              "option id '" + id.get() + "' must be lowercase words joined by hyphens");
    } else if (id.isPresent() && !ids.add(id.get())) {
      map.problems().add(map.lineOf("id"), "duplicate option id '" + id.get() + "'");
    }
    if (id.isEmpty() || label.isEmpty() || points.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Option(id.get(), label.get(), points.get()));
  }

  private static Optional<ScoringRule> number(YamlMap map) {
    Optional<String> unit = map.requiredString("unit");
    BigDecimal min = map.decimal("min").orElse(BigDecimal.ZERO);
    Optional<BigDecimal> max = map.decimal("max");
    if (max.isPresent() && min.compareTo(max.get()) >= 0) {
      map.problems()
          .add(
              map.lineOf("min"),
              "min " + min.toPlainString() + " must be below max " + max.get().toPlainString());
      return Optional.empty();
    }
    return unit.flatMap(u -> bands(map, u, min, max));
  }

  private static Optional<ScoringRule> bands(
      YamlMap map, String unit, BigDecimal min, Optional<BigDecimal> max) {
    Optional<BigDecimal> declared =
        map.has("maxPoints") ? points(map, "maxPoints") : Optional.empty();
    Optional<List<Band>> bands =
        map.requiredList("bands").flatMap(nodes -> BandChecker.read(map, nodes, min, max));
    if (bands.isEmpty() || map.has("maxPoints") && declared.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> points = bands.get().stream().map(Band::points).toList();
    BigDecimal best = points.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
    return checkedMax(map, declared, best, points)
        .map(m -> new BandRule(unit, min, max, bands.get()));
  }

  /**
   * The question's maximum: the declared one if it is reachable and no option or band exceeds it.
   */
  private static Optional<BigDecimal> checkedMax(
      YamlMap map, Optional<BigDecimal> declared, BigDecimal reachable, List<BigDecimal> points) {
    if (declared.isEmpty()) {
      return Optional.of(reachable);
    }
    BigDecimal max = declared.get();
    boolean ok = true;
    for (BigDecimal p : points) {
      if (p.compareTo(max) > 0) {
        map.problems()
            .add(
                map.lineOf("maxPoints"),
                "points "
                    + p.toPlainString()
                    + " of an option or band are above maxPoints "
                    + max.toPlainString());
        ok = false;
      }
    }
    if (ok && reachable.compareTo(max) < 0) {
      map.problems()
          .add(
              map.lineOf("maxPoints"),
              "maxPoints "
                  + max.toPlainString()
                  + " cannot be reached: the best answer gives "
                  + reachable.toPlainString());
      ok = false;
    }
    return ok ? Optional.of(max) : Optional.empty();
  }

  /** Non-negative points under the key, if present and valid. */
  static Optional<BigDecimal> points(YamlMap map, String key) {
    Optional<BigDecimal> points = map.decimal(key);
    if (points.isPresent() && points.get().signum() < 0) {
      map.problems()
          .add(
              map.lineOf(key),
              "'" + key + "' must not be negative: " + points.get().toPlainString());
      return Optional.empty();
    }
    return points;
  }
}
