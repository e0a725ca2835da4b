package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one guidance file into a {@link ParsedGuidance} with every error found in that file alone:
 * unknown keys, missing or empty titles, links that are not {@code https}, duplicate resources,
 * unknown or repeated modalities and questions, and phase bands that do not cover 0–100 exactly
 * once. Whether the questions exist in the file it guides is {@link GuidanceLoader}'s check.
 */
final class GuidanceParser {

  private static final Set<String> ROOT_KEYS = Set.of("guides", "phases", "modalities");
  private static final Set<String> MODALITY_KEYS = Set.of("id", "phases", "resources", "questions");
  private static final Set<String> QUESTION_KEYS = Set.of("id", "resources");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private GuidanceParser() {}

  /** A question a guidance file names, with its line, for the checks across files. */
  record QuestionRef(String id, int line) {}

  /** One guidance file as read. */
  record ParsedGuidance(
      String file,
      Optional<String> guides,
      int guidesLine,
      Guidance guidance,
      List<QuestionRef> questions,
      List<QuestionnaireError> errors) {}

  static ParsedGuidance parse(Path path) {
    Problems problems = new Problems(path.toString());
    Optional<YamlMap> root =
        YamlSource.bytes(path, problems)
            .flatMap(b -> YamlSource.compose(b, problems))
            .flatMap(node -> YamlMap.of(node, "a guidance file", problems));
    if (root.isEmpty()) {
      return new ParsedGuidance(
          problems.file(), Optional.empty(), 1, Guidance.NONE, List.of(), problems.list());
    }
    YamlMap map = root.get();
    map.allowOnly(ROOT_KEYS, "a guidance file");
    Optional<String> guides = map.requiredString("guides");
    Optional<PhaseScale> phases = map.list("phases").flatMap(n -> phases(map, "phases", n));
    Map<String, PhaseScale> modalityPhases = new LinkedHashMap<>();
    Map<String, List<Resource>> modalityResources = new LinkedHashMap<>();
    Map<String, List<Resource>> questionResources = new LinkedHashMap<>();
    List<QuestionRef> questions = new ArrayList<>();
    for (Node node : map.list("modalities").orElse(List.of())) {
      YamlMap.of(node, "a modality", problems)
          .ifPresent(
              m -> modality(m, modalityPhases, modalityResources, questionResources, questions));
    }
    return new ParsedGuidance(
        problems.file(),
        guides,
        map.lineOf("guides"),
        new Guidance(phases, modalityPhases, modalityResources, questionResources),
        questions,
        problems.list());
  }

  private static void modality(
      YamlMap map,
      Map<String, PhaseScale> phases,
      Map<String, List<Resource>> modalityResources,
      Map<String, List<Resource>> questionResources,
      List<QuestionRef> questions) {
    map.allowOnly(MODALITY_KEYS, "a modality of a guidance file");
    Optional<String> id = map.requiredString("id");
    if (id.isEmpty()) {
      return;
    }
    if (!Modality.IDS.contains(id.get())) {
      map.problems()
          .add(
              map.lineOf("id"),
              "unknown modality '" + id.get() + "' (expected one of " + Modality.IDS + ")");
      return;
    }
    if (modalityResources.containsKey(id.get())) {
      map.problems().add(map.lineOf("id"), "modality '" + id.get() + "' is listed twice");
      return;
    }
    map.list("phases")
        .flatMap(n -> phases(map, "phases", n))
        .ifPresent(scale -> phases.put(id.get(), scale));
    modalityResources.put(
        id.get(), map.list("resources").map(n -> resources(map, n)).orElse(List.of()));
    for (Node node : map.list("questions").orElse(List.of())) {
      YamlMap.of(node, "a question of a guidance file", map.problems())
          .ifPresent(q -> question(q, id.get(), questionResources, questions));
    }
  }

  private static void question(
      YamlMap map,
      String modalityId,
      Map<String, List<Resource>> resources,
      List<QuestionRef> questions) {
    map.allowOnly(QUESTION_KEYS, "a question of a guidance file");
    Optional<String> id = map.requiredString("id");
    if (!map.has("resources")) {
      map.problems().add(map.line(), "missing required key 'resources'");
    }
    if (id.isEmpty()) {
      return;
    }
    if (!id.get().startsWith(modalityId + ".")) {
      map.problems()
          .add(
              map.lineOf("id"),
              "question '" + id.get() + "' is not in modality '" + modalityId + "'");
    } else if (resources.containsKey(id.get())) {
      map.problems().add(map.lineOf("id"), "question '" + id.get() + "' is listed twice");
    } else {
      resources.put(id.get(), map.list("resources").map(n -> resources(map, n)).orElse(List.of()));
      questions.add(new QuestionRef(id.get(), map.lineOf("id")));
    }
  }

  /** The resources of a list: each with a title and an https link, no link twice. */
  private static List<Resource> resources(YamlMap owner, List<Node> nodes) {
    List<Resource> resources = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    for (Node node : nodes) {
      Optional<YamlMap> map = YamlMap.of(node, "a resource", owner.problems());
      if (map.isEmpty()) {
        continue;
      }
      map.get().allowOnly(Set.of("title", "url"), "a resource");
      Optional<String> title = map.get().requiredString("title");
      Optional<URI> url = map.get().requiredString("url").flatMap(u -> url(map.get(), u));
      if (title.isPresent() && url.isPresent()) {
        if (seen.add(url.get())) {
          resources.add(new Resource(title.get(), url.get()));
        } else {
          owner.problems().add(node, "duplicate resource " + url.get() + " in the same list");
        }
      }
    }
    return resources;
  }

  private static Optional<URI> url(YamlMap map, String text) {
    try {
      URI uri = new URI(text);
      if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below like any other unusable link
    }
    map.problems()
        .add(
            map.lineOf("url"),
            "'url' must be a full https link such as https://example.org/page, not '" + text + "'");
    return Optional.empty();
  }

  /** The phase bands of a list, or empty after reporting every mistake. */
  private static Optional<PhaseScale> phases(YamlMap owner, String key, List<Node> nodes) {
    if (nodes.isEmpty()) {
      owner.problems().add(owner.lineOf(key), "'" + key + "' must list at least one band");
      return Optional.empty();
    }
    List<PhaseScale.Band> bands = new ArrayList<>();
    boolean ok = true;
    for (Node node : nodes) {
      Optional<PhaseScale.Band> band =
          YamlMap.of(node, "a phase band", owner.problems()).flatMap(GuidanceParser::band);
      ok &= band.isPresent() && fits(owner.problems(), node, band.get(), bands);
      band.ifPresent(bands::add);
    }
    return ok ? Optional.of(new PhaseScale(bands)) : Optional.empty();
  }

  private static Optional<PhaseScale.Band> band(YamlMap map) {
    map.allowOnly(Set.of("from", "phase"), "a phase band");
    Optional<BigDecimal> from = map.decimal("from");
    Optional<String> code = map.requiredString("phase");
    if (!map.has("from")) {
      map.problems().add(map.line(), "missing required key 'from' in a phase band");
    }
    Optional<Phase> phase = code.flatMap(Phase::ofCode);
    if (code.isPresent() && phase.isEmpty()) {
      map.problems()
          .add(
              map.lineOf("phase"),
              "unknown phase '"
                  + code.get()
                  + "' (expected beginning, developing, established or leading)");
    }
    return from.isPresent() && phase.isPresent()
        ? Optional.of(new PhaseScale.Band(from.get(), phase.get()))
        : Optional.empty();
  }

  /** Whether the band continues the bands before it: 0 first, ascending, phases in order. */
  private static boolean fits(
      Problems problems, Node node, PhaseScale.Band band, List<PhaseScale.Band> before) {
    if (before.isEmpty()) {
      if (band.from().signum() != 0) {
        problems.add(node, "the first phase band must start at 0, not " + plain(band.from()));
        return false;
      }
      return true;
    }
    PhaseScale.Band previous = before.get(before.size() - 1);
    if (band.from().compareTo(previous.from()) <= 0 || band.from().compareTo(HUNDRED) >= 0) {
      problems.add(
          node,
          "phase bands must start at ascending scores below 100: "
              + plain(band.from())
              + " does not follow "
              + plain(previous.from()));
      return false;
    }
    if (band.phase().compareTo(previous.phase()) <= 0) {
      problems.add(
          node,
          "phase '"
              + band.phase().code()
              + "' cannot follow '"
              + previous.phase().code()
              + "' (the order is beginning, developing, established, leading)");
      return false;
    }
    return true;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
