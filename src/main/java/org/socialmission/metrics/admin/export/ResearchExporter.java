package org.socialmission.metrics.admin.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Builds the anonymized research data set of a cycle from the schools' submitted assessments.
 * Usage:
 *
 * <pre>{@code
 * ResearchDataset dataset = new ResearchExporter(k).export(inputs, new SecureRandom());
 * new ResearchCsvWriter().write(dataset, out);
 * }</pre>
 *
 * <p>The model: <b>k-anonymity over the quasi-identifiers discipline, ownership and region, and
 * over those three together with any one released column</b> (every score and every answer, each
 * checklist option apart). Those are what an outsider can know of a named school: its attributes
 * from public directories, and figures it publishes (median debt, tuition, shares of graduates in
 * primary care). {@link KAnonymityCheck} verifies the model on every export. The rules, with {@code
 * k} at least {@value PeerAnonymizer#MINIMUM_K}:
 *
 * <ol>
 *   <li>A discipline with fewer than k schools is left out entirely and named in {@link
 *       ResearchDataset#dropped()} (without its count).
 *   <li>Within a discipline, ownership is withheld for the schools of every ownership held by fewer
 *       than k of them; and if those schools number fewer than k altogether, ownership is withheld
 *       for the whole discipline (with only public and private, one small side shown as "withheld"
 *       next to a shown other side would be the discipline total minus that side).
 *   <li>Within each group of a discipline with the same shown ownership ({@code withheld} being one
 *       such group), region is withheld by the same rule.
 *   <li>No number leaves exact: scores fall in ten-point bands, numeric answers in the
 *       questionnaire's own bands, written as two numeric columns {@code x.from} and {@code x.to}
 *       ({@code from <= value < to}; no {@code to}: no upper limit). Within each group of rows
 *       showing the same attributes, adjacent bands merge until each holds k rows (bottom- and
 *       top-coding), and any value still held by fewer than k rows is withheld ({@link
 *       ColumnCoder}).
 *   <li>Checklists become one yes/no column per option; free-text questions are left out entirely.
 * </ol>
 *
 * <p>Deciding ownership before region gives the same ownership decisions as the other way round
 * (withholding a region does not change a cell's count) and judges regions within the group that is
 * actually shown. Each row gets a pseudonym drawn from the given generator on every export ({@code
 * R-} and six hex digits, unique within the export), unrelated to codes, names or input order; rows
 * are sorted by pseudonym.
 */
public final class ResearchExporter {

  private static final int PSEUDONYM_SPACE = 1 << 24;
  private static final List<BigDecimal> SCORE_BANDS =
      IntStream.range(0, 10).mapToObj(i -> BigDecimal.valueOf(10L * i)).toList();

  private final int k;

  /**
   * An exporter that shows no combination held by fewer than {@code k} schools; refuses {@code k <
   * 5}.
   */
  public ResearchExporter(int k) {
    if (k < PeerAnonymizer.MINIMUM_K) {
      throw new IllegalArgumentException(
          "k must be at least " + PeerAnonymizer.MINIMUM_K + ", was " + k);
    }
    this.k = k;
  }

  /** The smallest number of schools any shown combination holds. */
  public int k() {
    return k;
  }

  /**
   * The data set of these schools (one cycle's submitted assessments), with pseudonyms drawn from
   * {@code random}; pass a {@link java.security.SecureRandom} so pseudonyms cannot be predicted.
   *
   * @throws IllegalStateException if the result failed {@link KAnonymityCheck} (a defect)
   */
  public ResearchDataset export(List<ResearchInput> schools, RandomGenerator random) {
    return export(schools, random, new HashMap<>());
  }

  /**
   * As {@link #export(List, RandomGenerator)}, telling the tests of this package which input each
   * pseudonym stands for (nothing else may know it).
   */
  ResearchDataset export(
      List<ResearchInput> schools, RandomGenerator random, Map<String, ResearchInput> sources) {
    Map<String, List<ResearchInput>> byDiscipline =
        schools.stream()
            .collect(
                Collectors.groupingBy(
                    ResearchInput::discipline, TreeMap::new, Collectors.toList()));
    List<DroppedDiscipline> dropped = new ArrayList<>();
    List<Placed> placed = new ArrayList<>();
    byDiscipline.forEach(
        (discipline, members) -> {
          if (members.size() < k) {
            dropped.add(new DroppedDiscipline(discipline));
          } else {
            placed.addAll(place(members));
          }
        });
    List<Questionnaire> used =
        placed.stream().map(p -> p.input().questionnaire()).distinct().toList();
    List<Variable> variables = variables(used);
    Map<Placed, Map<String, ResearchCell>> cells = code(placed, variables);
    ResearchDataset dataset =
        new ResearchDataset(
            k,
            variables.stream().map(Variable::column).toList(),
            rows(placed, cells, random, sources),
            dropped);
    List<String> violations = KAnonymityCheck.violations(dataset);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("research data set breaks k-anonymity: " + violations);
    }
    return dataset;
  }

  /** A school with the attributes it may show. */
  private record Placed(
      ResearchInput input, Optional<Ownership> ownership, Optional<Region> region) {

    List<Object> shown() {
      return List.of(input.discipline(), ownership, region);
    }
  }

  private List<Placed> place(List<ResearchInput> discipline) {
    Set<Ownership> hiddenOwnership = Withholding.withheld(discipline, ResearchInput::ownership, k);
    Map<Optional<Ownership>, List<ResearchInput>> groups =
        discipline.stream()
            .collect(
                Collectors.groupingBy(
                    s ->
                        hiddenOwnership.contains(s.ownership())
                            ? Optional.empty()
                            : Optional.of(s.ownership()),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<Placed> placed = new ArrayList<>();
    groups.forEach(
        (ownership, members) -> {
          Set<Region> hiddenRegion = Withholding.withheld(members, ResearchInput::region, k);
          members.forEach(
              s ->
                  placed.add(
                      new Placed(
                          s,
                          ownership,
                          hiddenRegion.contains(s.region())
                              ? Optional.empty()
                              : Optional.of(s.region()))));
        });
    return placed;
  }

  /** The nine scores, then every scored question (one column per checklist option). */
  private static List<Variable> variables(List<Questionnaire> used) {
    List<Variable> variables = new ArrayList<>();
    for (String measure : Scores.MEASURES) {
      variables.add(Variable.score(measure, SCORE_BANDS));
    }
    for (String id : QuestionColumns.of(used)) {
      variables.addAll(Variable.of(question(used, id)));
    }
    return variables;
  }

  /** The question of that id in the first questionnaire (by id and version) that has it. */
  private static Question question(List<Questionnaire> used, String id) {
    return used.stream()
        .sorted(Comparator.comparing(Questionnaire::id).thenComparing(Questionnaire::version))
        .flatMap(q -> q.questions().stream())
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private Map<Placed, Map<String, ResearchCell>> code(
      List<Placed> placed, List<Variable> variables) {
    Map<Placed, Map<String, ResearchCell>> cells = new IdentityHashMap<>();
    placed.forEach(p -> cells.put(p, new HashMap<>()));
    Map<List<Object>, List<Placed>> groups =
        placed.stream().collect(Collectors.groupingBy(Placed::shown));
    for (List<Placed> group : groups.values()) {
      for (Variable variable : variables) {
        List<ResearchCell> coded =
            ColumnCoder.code(
                group.stream().map(p -> variable.reader().apply(p.input())).toList(),
                variable.limits(),
                k);
        for (int i = 0; i < group.size(); i++) {
          cells.get(group.get(i)).put(variable.column().id(), coded.get(i));
        }
      }
    }
    return cells;
  }

  private static List<ResearchRow> rows(
      List<Placed> placed,
      Map<Placed, Map<String, ResearchCell>> cells,
      RandomGenerator random,
      Map<String, ResearchInput> sources) {
    Set<String> used = new HashSet<>();
    List<ResearchRow> rows = new ArrayList<>();
    for (Placed school : placed) {
      String pseudonym;
      do {
        pseudonym = String.format("R-%06X", random.nextInt(PSEUDONYM_SPACE));
      } while (!used.add(pseudonym));
      sources.put(pseudonym, school.input());
      rows.add(
          new ResearchRow(
              pseudonym,
              school.input().discipline(),
              school.ownership(),
              school.region(),
              cells.get(school)));
    }
    rows.sort(Comparator.comparing(ResearchRow::pseudonym));
    return rows;
  }
}
