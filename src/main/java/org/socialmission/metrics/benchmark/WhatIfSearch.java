package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.socialmission.metrics.benchmark.WhatIf.Change;
import org.socialmission.metrics.benchmark.WhatIf.Status;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionStatus;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Finds the smallest changes of a school's answers that would move a measure (overall or one
 * modality) up to the next quartile of a peer group, computing every candidate with the pure {@link
 * QuestionnaireScorer} and never saving anything. Usage:
 *
 * <pre>{@code
 * WhatIf whatIf = new WhatIfSearch(new PeerAnonymizer(5))
 *     .search(questionnaire, answers, school, releaseIndex, withheld, spec, "mission");
 * }</pre>
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>The peer group and the measure must be reportable under {@link PeerAnonymizer}'s rules, or
 *       the search stops with the rule as its reason; the school is never its own peer.
 *   <li>Quartiles are taken from the peers' exact scores as the benchmark takes them ({@link
 *       DistributionCalculator#standing}); figures leave rounded ({@link DisplayPrecision}).
 *   <li>Candidates: for each question of the measure that the current answers show and that gives
 *       points, each better points level with its cheapest answer ({@link AnswerAlternatives}), and
 *       "not applicable" where the question allows it. A change is kept only if, rescored, it
 *       raises the measure; a change whose question the other change of a pair hides is dropped,
 *       and no change touches a question the current answers hide.
 *   <li>Single changes first. Only when no single change reaches the target, pairs of changes to
 *       two questions, among the {@value #PAIR_POOL} single changes that raise the measure most
 *       (the cap: at most 1,770 pairs are rescored); when none of those reaches it the status says
 *       so.
 *   <li>Options are ordered by how little they ask: answers before "not applicable", then fewer
 *       question points, then questionnaire order; one option per question (or pair of questions),
 *       at most {@value #MAX_OPTIONS}.
 * </ul>
 */
public final class WhatIfSearch {

  /** How many raising single changes pairs are formed from. */
  public static final int PAIR_POOL = 60;

  /** The most options returned. */
  public static final int MAX_OPTIONS = 10;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Room for the 16-digit rounding of scores when sums of score changes are compared. */
  private static final BigDecimal SLACK = new BigDecimal("0.000001");

  private final PeerAnonymizer anonymizer;

  /** A search under this anonymizer's k. */
  public WhatIfSearch(PeerAnonymizer anonymizer) {
    this.anonymizer = anonymizer;
  }

  /**
   * What would move the measure up a quartile.
   *
   * @param school the school's attributes (its scores are taken from {@code answers})
   * @param cohort the schools of the benchmark release, indexed once per release; the school itself
   *     is left out. The cost is a few binary searches and the options' scoring, whatever the
   *     cohort's size
   * @param withheld the groups the release withholds
   * @param measure {@code overall} or a modality id
   * @throws ApplicationException naming the measures when {@code measure} is none of them
   */
  public WhatIf search(
      Questionnaire questionnaire,
      Map<String, Answer> answers,
      SchoolEntry school,
      PeerIndex cohort,
      Set<GroupKey> withheld,
      PeerGroupSpec spec,
      String measure) {
    if (!Scores.MEASURES.contains(measure)) {
      throw new ApplicationException("whatIf.unknownMeasure", measure, Scores.MEASURES);
    }
    ScoreCard card = QuestionnaireScorer.score(questionnaire, answers);
    SchoolEntry subject =
        new SchoolEntry(
            school.code(),
            school.discipline(),
            school.ownership(),
            school.region(),
            school.enrollment(),
            Scores.of(card));
    Optional<String> withheldBecause = suppression(subject, cohort, withheld, spec, measure);
    if (withheldBecause.isPresent()) {
      return stopped(measure, Status.SUPPRESSED, withheldBecause, Optional.empty(), null);
    }
    Optional<BigDecimal> own = subject.scores().of(measure);
    if (own.isEmpty()) {
      return stopped(measure, Status.NO_SCORE, Optional.empty(), own, null);
    }
    List<BigDecimal> peers = anonymizer.sortedPeerValues(subject, cohort, spec, measure);
    Quartile now = DistributionCalculator.standingSorted(own.get(), peers).quartile();
    if (now == Quartile.TOP) {
      return stopped(measure, Status.TOP, Optional.empty(), own, now);
    }
    Quartile target = Quartile.values()[now.ordinal() - 1];
    return new Run(questionnaire, answers, card, measure, own.get(), peers, target).result(now);
  }

  private Optional<String> suppression(
      SchoolEntry subject,
      PeerIndex cohort,
      Set<GroupKey> withheld,
      PeerGroupSpec spec,
      String measure) {
    PeerGroupResult group =
        anonymizer.benchmark(subject, cohort, withheld, spec, new SplittableRandom(0), false);
    if (group instanceof PeerGroupResult.Suppressed suppressed) {
      return Optional.of(suppressed.reason());
    }
    return ((PeerGroupResult.Reported) group)
        .measures().stream()
            .filter(m -> m.measureId().equals(measure))
            .findFirst()
            .flatMap(MeasureResult::suppressedBecause);
  }

  private static WhatIf stopped(
      String measure,
      Status status,
      Optional<String> reason,
      Optional<BigDecimal> own,
      Quartile quartile) {
    return new WhatIf(
        measure,
        status,
        reason,
        own.map(DisplayPrecision::round),
        Optional.ofNullable(quartile),
        Optional.empty(),
        Optional.empty(),
        false,
        List.of());
  }

  /** The lowest score that reaches the target: a peer's value, or anything above it. */
  record Threshold(BigDecimal value, boolean above) {

    static Threshold of(List<BigDecimal> sorted, Quartile target) {
      BigDecimal n = BigDecimal.valueOf(sorted.size());
      // Each distinct value once, in ascending order; `next` is how many peers are at or below it.
      for (int at = 0, next; at < sorted.size(); at = next) {
        BigDecimal value = sorted.get(at);
        next = at + 1;
        while (next < sorted.size() && sorted.get(next).compareTo(value) == 0) {
          next++;
        }
        if (reaches(DistributionCalculator.standingSorted(value, sorted).quartile(), target)) {
          return new Threshold(value, false);
        }
        BigDecimal rank =
            BigDecimal.valueOf(next).multiply(HUNDRED).divide(n, MathContext.DECIMAL64);
        if (reaches(Quartile.ofRank(rank), target)) {
          return new Threshold(value, true);
        }
      }
      throw new IllegalStateException("above every peer is the top quartile");
    }
  }

  static boolean reaches(Quartile quartile, Quartile target) {
    return quartile.ordinal() <= target.ordinal();
  }

  /** One search: the school's answers and scores, the measure and its peers. */
  private static final class Run {

    private final Questionnaire questionnaire;
    private final Map<String, Answer> answers;
    private final ScoreCard card;
    private final String measure;
    private final BigDecimal own;
    private final List<BigDecimal> peers;
    private final Quartile target;
    private final Map<String, Integer> order = new HashMap<>();
    private final Set<String> controlling;

    Run(
        Questionnaire questionnaire,
        Map<String, Answer> answers,
        ScoreCard card,
        String measure,
        BigDecimal own,
        List<BigDecimal> peers,
        Quartile target) {
      this.questionnaire = questionnaire;
      this.answers = answers;
      this.card = card;
      this.measure = measure;
      this.own = own;
      this.peers = peers;
      this.target = target;
      List<Question> questions = questionnaire.questions();
      for (int i = 0; i < questions.size(); i++) {
        order.put(questions.get(i).id(), i);
      }
      this.controlling =
          questions.stream()
              .flatMap(q -> q.showWhen().stream())
              .map(c -> c.questionId())
              .collect(Collectors.toSet());
    }

    WhatIf result(Quartile now) {
      List<Evaluated> raising = new ArrayList<>();
      List<Evaluated> singles = new ArrayList<>();
      for (Question question : scope()) {
        boolean reached = false;
        for (Answer answer : alternatives(question)) {
          Optional<Evaluated> single = evaluate(List.of(new Change(question.id(), answer)));
          if (single.isPresent() && single.get().score().compareTo(own) > 0) {
            raising.add(single.get());
            if (!reached && reaches(single.get().quartile(), target)) {
              singles.add(single.get());
              reached = true;
            }
          }
        }
      }
      List<Evaluated> options = singles.isEmpty() ? pairs(raising) : singles;
      Threshold threshold = Threshold.of(peers, target);
      return new WhatIf(
          measure,
          options.isEmpty() ? Status.NONE_WITHIN_CAP : Status.OPTIONS,
          Optional.empty(),
          Optional.of(DisplayPrecision.round(own)),
          Optional.of(now),
          Optional.of(target),
          Optional.of(DisplayPrecision.round(threshold.value())),
          threshold.above(),
          options.stream().sorted(ORDER).limit(MAX_OPTIONS).map(Evaluated::option).toList());
    }

    /** The shown, scored questions the measure rests on, in questionnaire order. */
    private List<Question> scope() {
      List<Question> questions =
          measure.equals(Scores.OVERALL)
              ? questionnaire.questions()
              : questionnaire.modality(measure).questions();
      return questions.stream()
          .filter(q -> q.type().isScored())
          .filter(q -> card.question(q.id()).status() != QuestionStatus.HIDDEN)
          .toList();
    }

    private List<Answer> alternatives(Question question) {
      return AnswerAlternatives.of(
          question,
          Optional.ofNullable(answers.get(question.id())),
          card.question(question.id()).points());
    }

    /**
     * Pairs of two questions' changes that reach the target, the cheapest per pair. Two additive
     * changes (see {@link #additive}) move the score by the sum of what each moves it alone, so a
     * pair of them whose sum falls short of the threshold is skipped without rescoring; every other
     * pair is rescored.
     */
    private List<Evaluated> pairs(List<Evaluated> raising) {
      List<Evaluated> pool =
          raising.stream()
              .sorted(Comparator.comparing(Evaluated::score).reversed())
              .limit(PAIR_POOL)
              .sorted(ORDER)
              .toList();
      BigDecimal needed = Threshold.of(peers, target).value().subtract(own).subtract(SLACK);
      boolean[] additive = new boolean[pool.size()];
      for (int i = 0; i < pool.size(); i++) {
        additive[i] = additive(pool.get(i));
      }
      Map<String, Evaluated> best = new LinkedHashMap<>();
      for (int i = 0; i < pool.size(); i++) {
        for (int j = i + 1; j < pool.size(); j++) {
          Evaluated a = pool.get(i);
          Evaluated b = pool.get(j);
          boolean shortOfIt =
              additive[i] && additive[j] && a.gain(own).add(b.gain(own)).compareTo(needed) < 0;
          if (!shortOfIt && !a.key().equals(b.key())) {
            evaluate(inOrder(a.changes().get(0), b.changes().get(0)))
                .filter(pair -> reaches(pair.quartile(), target))
                .ifPresent(
                    pair ->
                        best.merge(pair.key(), pair, (x, y) -> ORDER.compare(x, y) <= 0 ? x : y));
          }
        }
      }
      return List.copyOf(best.values());
    }

    /**
     * Whether a single change moves the measure by a fixed amount whatever else changes: a real
     * answer (not "not applicable") to a question that counts now, controls no other question, in a
     * modality that has a score.
     */
    private boolean additive(Evaluated single) {
      Change change = single.changes().get(0);
      String modality = change.question().substring(0, change.question().indexOf('.'));
      return !(change.answer() instanceof Answer.NotApplicable)
          && card.question(change.question()).max().signum() > 0
          && card.modality(modality).score().isPresent()
          && !controlling.contains(change.question());
    }

    private List<Change> inOrder(Change a, Change b) {
      return order.get(a.question()) <= order.get(b.question()) ? List.of(a, b) : List.of(b, a);
    }

    /** The changes rescored; empty when a changed question ends up hidden or nothing scores. */
    private Optional<Evaluated> evaluate(List<Change> changes) {
      Map<String, Answer> changed = new HashMap<>(answers);
      changes.forEach(c -> changed.put(c.question(), c.answer()));
      ScoreCard after = QuestionnaireScorer.score(questionnaire, changed);
      BigDecimal asked = BigDecimal.ZERO;
      for (Change change : changes) {
        if (after.question(change.question()).status() == QuestionStatus.HIDDEN) {
          return Optional.empty();
        }
        asked =
            asked.add(
                after
                    .question(change.question())
                    .points()
                    .subtract(card.question(change.question()).points())
                    .max(BigDecimal.ZERO));
      }
      Optional<BigDecimal> score = Scores.of(after).of(measure);
      if (score.isEmpty()) {
        return Optional.empty();
      }
      Quartile quartile = DistributionCalculator.standingSorted(score.get(), peers).quartile();
      return Optional.of(new Evaluated(changes, asked, score.get(), quartile, position(changes)));
    }

    private int position(List<Change> changes) {
      return order.get(changes.get(0).question()) * 1000
          + (changes.size() > 1 ? order.get(changes.get(1).question()) : 0);
    }
  }

  /** Answers before "not applicable", fewer points asked, fewer changes, questionnaire order. */
  private static final Comparator<Evaluated> ORDER =
      Comparator.comparing(Evaluated::marksNotApplicable)
          .thenComparing(Evaluated::asked)
          .thenComparingInt(e -> e.changes().size())
          .thenComparingInt(Evaluated::position);

  /** A set of changes as rescored: the points they ask and the exact score they give. */
  private record Evaluated(
      List<Change> changes, BigDecimal asked, BigDecimal score, Quartile quartile, int position) {

    boolean marksNotApplicable() {
      return changes.stream().anyMatch(c -> c.answer() instanceof Answer.NotApplicable);
    }

    /** How far it moves the measure from the school's score now. */
    BigDecimal gain(BigDecimal own) {
      return score.subtract(own);
    }

    String key() {
      return changes.stream().map(Change::question).reduce((a, b) -> a + "+" + b).orElseThrow();
    }

    WhatIf.Option option() {
      return new WhatIf.Option(changes, asked, DisplayPrecision.round(score), quartile);
    }
  }
}
