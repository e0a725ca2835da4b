package org.socialmission.metrics.admin.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;

/**
 * Builds the anonymized research data set of a cycle from the schools' submitted assessments.
 * Usage:
 *
 * <pre>{@code
 * ResearchDataset dataset = new ResearchExporter(k).export(inputs, new SecureRandom());
 * new ResearchCsvWriter().write(dataset, out);
 * }</pre>
 *
 * <p>The rules, with {@code k} at least {@value PeerAnonymizer#MINIMUM_K}; their aim is that every
 * combination of discipline, ownership and region shown in the data set holds at least k schools,
 * and that no smaller group can be recovered by subtracting shown groups from their total:
 *
 * <ol>
 *   <li>A discipline with fewer than k schools is left out entirely and reported in {@link
 *       ResearchDataset#dropped()}.
 *   <li>Within a discipline, ownership is withheld for the schools of every ownership held by fewer
 *       than k of them; and if those schools number fewer than k altogether, ownership is withheld
 *       for the whole discipline (with only public and private, one small side shown as "withheld"
 *       next to a shown other side would be the discipline total minus that side).
 *   <li>Within each group of a discipline with the same shown ownership ({@code withheld} being one
 *       such group), region is withheld by the same rule: for the schools of every region held by
 *       fewer than k of the group, and for the whole group if those number fewer than k together.
 * </ol>
 *
 * <p>Deciding ownership before region, rather than region first within each discipline × ownership
 * cell, gives the same ownership decisions (withholding a region does not change a cell's count)
 * and judges regions within the group that is actually shown: once ownership is withheld, the
 * public and private schools of a discipline share one group, and a region is shown only if at
 * least k schools of that merged group have it. Every group shown, including a group of rows whose
 * region or ownership reads {@code withheld}, therefore holds at least k rows.
 *
 * <p>Each row gets a pseudonym drawn from the given generator on every export ({@code R-} and six
 * hex digits, unique within the export), unrelated to codes, names or input order; rows are sorted
 * by pseudonym. Scores are rounded to one decimal (half up). Answers appear in their text form,
 * {@code NA} for not applicable; free-text questions are left out entirely. The rules do not cover
 * the answers themselves: a rare combination of answers can still single out a school, which is why
 * the data set goes to researchers under a data-use agreement, not to the public.
 */
public final class ResearchExporter {

  private static final int PSEUDONYM_SPACE = 1 << 24;

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

  /** The smallest number of schools any shown combination of attributes holds. */
  public int k() {
    return k;
  }

  /**
   * The data set of these schools (one cycle's submitted assessments), with pseudonyms drawn from
   * {@code random}; pass a {@link java.security.SecureRandom} so pseudonyms cannot be predicted.
   */
  public ResearchDataset export(List<ResearchInput> schools, RandomGenerator random) {
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
            dropped.add(new DroppedDiscipline(discipline, members.size()));
          } else {
            placed.addAll(place(members));
          }
        });
    List<String> questionIds =
        QuestionColumns.of(placed.stream().map(p -> p.input().questionnaire()).toList());
    return new ResearchDataset(k, questionIds, rows(placed, random), dropped);
  }

  /** A school with the attributes it may show. */
  private record Placed(
      ResearchInput input, Optional<Ownership> ownership, Optional<Region> region) {}

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

  private static List<ResearchRow> rows(List<Placed> placed, RandomGenerator random) {
    Set<String> used = new HashSet<>();
    List<ResearchRow> rows = new ArrayList<>();
    for (Placed school : placed) {
      String pseudonym;
      do {
        pseudonym = String.format("R-%06X", random.nextInt(PSEUDONYM_SPACE));
      } while (!used.add(pseudonym));
      rows.add(
          new ResearchRow(
              pseudonym,
              school.input().discipline(),
              school.ownership(),
              school.region(),
              rounded(school.input().scores()),
              answers(school.input())));
    }
    rows.sort(Comparator.comparing(ResearchRow::pseudonym));
    return rows;
  }

  private static Map<String, BigDecimal> rounded(Scores scores) {
    Map<String, BigDecimal> rounded = new LinkedHashMap<>();
    scores
        .byMeasure()
        .forEach((measure, value) -> rounded.put(measure, value.setScale(1, RoundingMode.HALF_UP)));
    return rounded;
  }

  /** The text forms of the answers to scored questions; free text never leaves the school. */
  private static Map<String, String> answers(ResearchInput school) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Question question : school.questionnaire().questions()) {
      Answer answer = school.answers().get(question.id());
      if (question.type() != QuestionType.TEXT
          && answer != null
          && !(answer instanceof Answer.Text)) {
        answers.put(
            question.id(),
            answer instanceof Answer.NotApplicable ? "NA" : AnswerCodec.format(answer));
      }
    }
    return answers;
  }
}
