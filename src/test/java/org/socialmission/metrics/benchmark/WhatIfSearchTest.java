package org.socialmission.metrics.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialmission.metrics.benchmark.PeerGroupSpec.Scope;
import org.socialmission.metrics.benchmark.WhatIf.Status;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.YesNoRule;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionStatus;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * The what-if search on the real questionnaires against the demo data's peers: every option it
 * claims holds when its changes are applied through the pure scorer, and it never proposes what a
 * school could not honestly answer.
 */
class WhatIfSearchTest {

  private static final Questionnaire MEDICINE = DemoCohort.medicine();
  private static final List<SchoolEntry> COHORT = DemoCohort.cohort();
  private static final PeerIndex INDEX = new PeerIndex(COHORT);
  private static final WhatIfSearch SEARCH = new WhatIfSearch(new PeerAnonymizer(5));

  static Stream<String> measures() {
    return Scores.MEASURES.stream();
  }

  private static WhatIf search(Map<String, Answer> answers, PeerGroupSpec spec, String measure) {
    return SEARCH.search(
        MEDICINE, answers, DemoCohort.demoSchool(), INDEX, Set.of(), spec, measure);
  }

  private static List<BigDecimal> peers(PeerGroupSpec spec, String measure) {
    SchoolEntry school = DemoCohort.demoSchool();
    return COHORT.stream()
        .filter(p -> spec.admits(school, p))
        .flatMap(p -> p.scores().of(measure).stream())
        .toList();
  }

  @ParameterizedTest
  @MethodSource("measures")
  void everyOptionAppliedThroughTheScorerGivesTheScoreAndQuartileItClaims(String measure) {
    Map<String, Answer> answers = DemoCohort.realisticFill();
    for (PeerGroupSpec spec :
        List.of(PeerGroupSpec.of(Scope.DISCIPLINE), PeerGroupSpec.of(Scope.ALL))) {
      WhatIf whatIf = search(answers, spec, measure);
      List<BigDecimal> peers = peers(spec, measure);
      ScoreCard before = QuestionnaireScorer.score(MEDICINE, answers);
      BigDecimal own = Scores.of(before).of(measure).orElseThrow();
      assertEquals(DisplayPrecision.round(own), whatIf.current().orElseThrow());
      assertEquals(
          DistributionCalculator.standing(own, peers).quartile(),
          whatIf.currentQuartile().orElseThrow());
      if (whatIf.status() == Status.TOP) {
        continue;
      }
      if (measure.equals(Scores.OVERALL)) {
        assertEquals(
            Status.NONE_WITHIN_CAP, whatIf.status(), "see overallSaysWhenTwoChangesAreNotEnough");
        continue;
      }
      assertEquals(Status.OPTIONS, whatIf.status(), measure + " " + spec);
      Quartile target = whatIf.target().orElseThrow();
      assertEquals(whatIf.currentQuartile().get().ordinal() - 1, target.ordinal());
      boolean singles = whatIf.options().get(0).changes().size() == 1;
      for (WhatIf.Option option : whatIf.options()) {
        assertEquals(singles ? 1 : 2, option.changes().size(), "pairs only without singles");
        Map<String, Answer> changed = new HashMap<>(answers);
        option.changes().forEach(c -> changed.put(c.question(), c.answer()));
        ScoreCard after = QuestionnaireScorer.score(MEDICINE, changed);
        BigDecimal score = Scores.of(after).of(measure).orElseThrow();
        assertEquals(DisplayPrecision.round(score), option.score(), option.toString());
        Quartile quartile = DistributionCalculator.standing(score, peers).quartile();
        assertEquals(quartile, option.quartile(), option.toString());
        assertTrue(quartile.ordinal() <= target.ordinal(), option + " reaches " + target);
        for (WhatIf.Change change : option.changes()) {
          Question question = MEDICINE.question(change.question()).orElseThrow();
          assertNotEquals(QuestionStatus.HIDDEN, before.question(question.id()).status());
          assertNotEquals(QuestionStatus.HIDDEN, after.question(question.id()).status());
          assertTrue(
              !(change.answer() instanceof Answer.NotApplicable) || question.naAllowed(),
              "not applicable only where allowed: " + change);
          assertTrue(
              measure.equals(Scores.OVERALL) || question.modalityId().equals(measure),
              "only the measure's own questions");
        }
      }
      List<BigDecimal> asked =
          whatIf.options().stream()
              .filter(
                  o ->
                      o.changes().stream()
                          .noneMatch(c -> c.answer() instanceof Answer.NotApplicable))
              .map(WhatIf.Option::pointsAsked)
              .toList();
      assertEquals(asked.stream().sorted().toList(), asked, "least asked first");
    }
  }

  @Test
  void overallSaysWhenTwoChangesAreNotEnough() {
    // The overall score averages eight modalities: one or two answers move it by a few points,
    // while the realistic fill is some eight points below the median of its discipline.
    WhatIf overall =
        search(DemoCohort.realisticFill(), PeerGroupSpec.of(Scope.DISCIPLINE), "overall");
    assertEquals(Quartile.THIRD, overall.currentQuartile().orElseThrow());
    assertEquals(Status.NONE_WITHIN_CAP, overall.status());
    assertEquals(Quartile.SECOND, overall.target().orElseThrow());
    assertTrue(overall.targetScore().orElseThrow().compareTo(overall.current().orElseThrow()) > 0);
    assertEquals(List.of(), overall.options());
  }

  /** Every mission question answered with its lowest-scoring answer. */
  private static Map<String, Answer> lowestMission() {
    Map<String, Answer> answers = new HashMap<>(DemoCohort.realisticFill());
    for (Question q : MEDICINE.modality("mission").questions()) {
      if (q.rule() instanceof YesNoRule) {
        answers.put(q.id(), Answer.no());
      } else if (q.rule() instanceof ChoiceRule rule && !rule.multiple()) {
        answers.put(q.id(), Answer.choice(rule.options().get(0).id()));
      } else if (q.rule() instanceof ChoiceRule) {
        answers.put(q.id(), Answer.choices());
      } else if (q.rule() instanceof BandRule rule) {
        answers.put(q.id(), new Answer.Amount(rule.min()));
      }
    }
    return answers;
  }

  @Test
  void pairsOnlyWhenNoSingleChangeSuffices() {
    // Ten peers all at 30 in mission: the third quartile starts at 30, which no single change
    // from 0 reaches (a question gives at most 4 of about 20 points) and two changes do.
    List<SchoolEntry> peers = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      peers.add(
          new SchoolEntry(
              "MED-9" + i,
              "medicine",
              DemoCohort.demoSchool().ownership(),
              DemoCohort.demoSchool().region(),
              500,
              new Scores(Map.of("mission", new BigDecimal("30")))));
    }
    WhatIf whatIf =
        SEARCH.search(
            MEDICINE,
            lowestMission(),
            DemoCohort.demoSchool(),
            new PeerIndex(peers),
            Set.of(),
            PeerGroupSpec.of(Scope.DISCIPLINE),
            "mission");
    assertEquals(Status.OPTIONS, whatIf.status());
    assertEquals(Quartile.FOURTH, whatIf.currentQuartile().orElseThrow());
    assertEquals(Quartile.THIRD, whatIf.target().orElseThrow());
    assertEquals(new BigDecimal("30.0"), whatIf.targetScore().orElseThrow());
    assertFalse(whatIf.targetAbove());
    assertTrue(whatIf.options().stream().allMatch(o -> o.changes().size() == 2));
    assertTrue(whatIf.options().size() <= WhatIfSearch.MAX_OPTIONS);
    assertTrue(
        whatIf.options().stream().allMatch(o -> o.score().compareTo(new BigDecimal("30")) >= 0),
        whatIf.options().toString());
  }

  @Test
  void aQuestionHiddenByItsConditionIsNeverChanged() {
    Map<String, Answer> answers = new HashMap<>(DemoCohort.realisticFill());
    answers.put("pipeline.pathway-programs", Answer.no());
    answers
        .keySet()
        .removeIf(
            id ->
                id.startsWith("pipeline.")
                    && !id.equals("pipeline.pathway-programs")
                    && MEDICINE.question(id).orElseThrow().showWhen().isPresent());
    for (Scope scope : Scope.values()) {
      WhatIf whatIf = search(answers, PeerGroupSpec.of(scope), "pipeline");
      Set<String> hidden =
          Set.of(
              "pipeline.pathway-participants",
              "pipeline.pathway-levels",
              "pipeline.funding",
              "pipeline.matriculant-share");
      assertTrue(
          whatIf.options().stream()
              .flatMap(o -> o.changes().stream())
              .noneMatch(c -> hidden.contains(c.question())),
          whatIf.options().toString());
    }
  }

  @Test
  void theTopQuartileHasNoNextOne() {
    Map<String, Answer> best = new HashMap<>();
    for (Question q : MEDICINE.questions()) {
      if (q.rule() instanceof YesNoRule rule) {
        best.put(q.id(), new Answer.YesNo(rule.yesPoints().compareTo(rule.noPoints()) >= 0));
      } else if (q.rule() instanceof ChoiceRule rule && !rule.multiple()) {
        best.put(
            q.id(),
            Answer.choice(
                rule.options().stream()
                    .max(java.util.Comparator.comparing(Option::points))
                    .orElseThrow()
                    .id()));
      } else if (q.rule() instanceof ChoiceRule rule) {
        best.put(
            q.id(), Answer.choices(rule.options().stream().map(Option::id).toArray(String[]::new)));
      }
    }
    WhatIf whatIf = search(best, PeerGroupSpec.of(Scope.DISCIPLINE), "mission");
    assertEquals(Status.TOP, whatIf.status());
    assertEquals(List.of(), whatIf.options());
  }

  @Test
  void aSuppressedGroupGivesNoWhatIfButItsReason() {
    List<SchoolEntry> few =
        COHORT.stream().filter(s -> s.discipline().equals("dentistry")).limit(4).toList();
    PeerGroupSpec all = PeerGroupSpec.of(Scope.ALL);
    WhatIf whatIf =
        SEARCH.search(
            MEDICINE,
            DemoCohort.realisticFill(),
            DemoCohort.demoSchool(),
            new PeerIndex(few),
            Set.of(),
            all,
            "overall");
    assertEquals(Status.SUPPRESSED, whatIf.status());
    assertTrue(
        whatIf.reason().orElseThrow().startsWith("Not shown: fewer than 5"), whatIf.reason().get());
    assertTrue(whatIf.options().isEmpty() && whatIf.target().isEmpty());
  }

  @Test
  void anUnknownMeasureIsRefusedByName() {
    var e =
        assertThrows(
            ApplicationException.class,
            () -> search(DemoCohort.realisticFill(), PeerGroupSpec.of(Scope.ALL), "missions"));
    assertTrue(e.getMessage().contains("missions"), e.getMessage());
  }

  @Test
  void theTargetIsTheLowestScoreThatReachesTheQuartile() {
    List<BigDecimal> peers = Stream.of("10", "20", "30", "40").map(BigDecimal::new).toList();
    assertEquals(
        new WhatIfSearch.Threshold(new BigDecimal("20"), true),
        WhatIfSearch.Threshold.of(peers, Quartile.SECOND));
    assertEquals(
        new WhatIfSearch.Threshold(new BigDecimal("30"), true),
        WhatIfSearch.Threshold.of(peers, Quartile.TOP));
    List<BigDecimal> tied = Stream.of("10", "20", "20", "40").map(BigDecimal::new).toList();
    assertEquals(
        new WhatIfSearch.Threshold(new BigDecimal("20"), false),
        WhatIfSearch.Threshold.of(tied, Quartile.SECOND));
  }
}
