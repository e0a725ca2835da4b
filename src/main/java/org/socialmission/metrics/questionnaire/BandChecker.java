package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the bands of a number or percentage question and checks that they cover {@code [min, max]}
 * exactly once: ascending, no gap, no overlap, first from {@code min}, last open-ended or ending at
 * {@code max}.
 */
final class BandChecker {

  private BandChecker() {}

  /** The bands, or empty after reporting every mistake. */
  static Optional<List<Band>> read(
      YamlMap question, List<Node> nodes, BigDecimal min, Optional<BigDecimal> max) {
    if (nodes.isEmpty()) {
      question.problems().add(question.lineOf("bands"), "'bands' must list at least one band");
      return Optional.empty();
    }
    List<Band> bands = new ArrayList<>();
    boolean ok = true;
    for (Node node : nodes) {
      Optional<YamlMap> map = YamlMap.of(node, "a band", question.problems());
      Optional<Band> band = map.flatMap(BandChecker::band);
      // after a broken band the next one cannot be compared with it: skip that check
      boolean previousOk = ok && bands.size() == nodes.indexOf(node);
      ok &= band.isPresent() && (!previousOk || fits(map.get(), band.get(), bands, min));
      band.ifPresent(bands::add);
    }
    ok =
        ok
            && lastFits(
                question.problems(), nodes.get(nodes.size() - 1), bands.get(bands.size() - 1), max);
    return ok ? Optional.of(List.copyOf(bands)) : Optional.empty();
  }

  private static Optional<Band> band(YamlMap map) {
    map.allowOnly(Set.of("from", "to", "points"), "a band");
    for (String key : List.of("from", "points")) {
      if (!map.has(key)) {
        map.problems().add(map.line(), "missing required key '" + key + "' in a band");
      }
    }
    Optional<BigDecimal> from = map.decimal("from");
    Optional<BigDecimal> to = map.decimal("to");
    Optional<BigDecimal> points = RuleParser.points(map, "points");
    if (from.isEmpty() || points.isEmpty() || map.has("to") && to.isEmpty()) {
      return Optional.empty();
    }
    if (to.isPresent() && from.get().compareTo(to.get()) >= 0) {
      map.problems()
          .add(
              map.line(),
              "a band must have from below to: from "
                  + plain(from.get())
                  + ", to "
                  + plain(to.get()));
      return Optional.empty();
    }
    return Optional.of(new Band(from.get(), to, points.get()));
  }

  /** Checks that the band continues the previous ones without gap or overlap. */
  private static boolean fits(YamlMap map, Band band, List<Band> previous, BigDecimal min) {
    if (previous.isEmpty()) {
      return startsAtMin(map, band, min);
    }
    Optional<BigDecimal> end = previous.get(previous.size() - 1).to();
    if (end.isEmpty()) {
      map.problems()
          .add(
              map.line(),
              "only the last band may leave out 'to'; the band before this one has no 'to'");
      return false;
    }
    int order = band.from().compareTo(end.get());
    if (order != 0) {
      map.problems()
          .add(
              map.line(),
              (order > 0 ? "gap" : "overlap")
                  + " between bands: the previous band ends at "
                  + plain(end.get())
                  + " but this one starts at "
                  + plain(band.from()));
    }
    return order == 0;
  }

  private static boolean startsAtMin(YamlMap map, Band band, BigDecimal min) {
    if (band.from().compareTo(min) != 0) {
      map.problems()
          .add(
              map.line(),
              "the first band must start at the minimum "
                  + plain(min)
                  + ", not at "
                  + plain(band.from()));
      return false;
    }
    return true;
  }

  private static boolean lastFits(
      Problems problems, Node node, Band last, Optional<BigDecimal> max) {
    if (last.to().isEmpty()) {
      return true;
    }
    BigDecimal to = last.to().get();
    if (max.isEmpty()) {
      problems.add(
          node,
          "the last band ends at "
              + plain(to)
              + " but the question has no max:"
              + " leave out 'to' to make it open-ended, or set 'max'");
      return false;
    }
    int order = to.compareTo(max.get());
    if (order != 0) {
      problems.add(
          node,
          order < 0
              ? "gap after the last band: values from "
                  + plain(to)
                  + " to the max "
                  + plain(max.get())
                  + " would score nothing"
              : "the last band ends at " + plain(to) + ", beyond the max " + plain(max.get()));
    }
    return order == 0;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
