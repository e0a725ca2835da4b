package org.socialmission.metrics.admin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmission.metrics.admin.export.ResearchFixture.add;
import static org.socialmission.metrics.school.Ownership.PRIVATE;
import static org.socialmission.metrics.school.Ownership.PUBLIC;
import static org.socialmission.metrics.school.Region.MIDWEST;
import static org.socialmission.metrics.school.Region.NORTHEAST;
import static org.socialmission.metrics.school.Region.SOUTH;
import static org.socialmission.metrics.school.Region.WEST;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.admin.export.ResearchCell.Category;
import org.socialmission.metrics.admin.export.ResearchCell.Range;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/**
 * Researchers get every school's scores and answers, and no one can tell which row is which school:
 * not from its attributes, and not from its attributes together with any one figure it publishes.
 */
class ResearchExporterTest {

  private static final int K = 5;
  private final ResearchExporter exporter = new ResearchExporter(K);

  /** Which school each pseudonym of the last export stands for; only these tests may know. */
  private final Map<String, ResearchInput> sources = new HashMap<>();

  private ResearchDataset export(List<ResearchInput> schools) {
    return exporter.export(schools, new Random(7), sources);
  }

  private int number(ResearchRow row) {
    return ResearchFixture.number(sources.get(row.pseudonym()));
  }

  private static List<String> columnIds(ResearchDataset dataset) {
    return dataset.columns().stream().map(ResearchColumn::id).toList();
  }

  private static List<ResearchRow> rows(ResearchDataset dataset, Predicate<ResearchRow> filter) {
    return dataset.rows().stream().filter(filter).toList();
  }

  @Test
  void refusesKBelowFive() {
    assertThrows(IllegalArgumentException.class, () -> new ResearchExporter(4));
    assertEquals(5, new ResearchExporter(5).k());
  }

  @Test
  void showsEveryAttributeWhenEveryCellHoldsK() {
    ResearchDataset dataset = export(ResearchFixture.thirtyMedicalSchools());
    assertEquals(30, dataset.rows().size());
    assertEquals(0, dataset.regionsWithheld() + dataset.ownershipsWithheld());
    assertEquals(List.of(), dataset.dropped());
  }

  @Test
  void withholdsTheRegionOfCellsOfKMinusOneThatTogetherHoldK() {
    List<ResearchInput> schools = new ArrayList<>();
    add(schools, 10, "medicine", PUBLIC, SOUTH);
    add(schools, K - 1, "medicine", PUBLIC, MIDWEST);
    add(schools, K - 1, "medicine", PUBLIC, WEST);
    add(schools, K, "medicine", PRIVATE, WEST);
    ResearchDataset dataset = export(schools);
    List<ResearchRow> publicRows = rows(dataset, r -> r.ownership().equals(Optional.of(PUBLIC)));
    assertEquals(
        Map.of("south", 10L, "withheld", 8L),
        publicRows.stream()
            .collect(Collectors.groupingBy(ResearchRow::regionText, Collectors.counting())));
    assertTrue(
        rows(dataset, r -> r.region().isEmpty()).stream()
            .allMatch(r -> number(r) > 10 && number(r) <= 18),
        "only the schools of the small cells lose their region");
    assertEquals(
        K,
        rows(
                dataset,
                r ->
                    r.ownership().equals(Optional.of(PRIVATE))
                        && r.region().equals(Optional.of(WEST)))
            .size(),
        "the private group is judged on its own");
  }

  @Test
  void withholdsTheRegionOfTheWholeGroupWhenOneSmallCellCouldBeRecoveredBySubtraction() {
    List<ResearchInput> schools = ResearchFixture.thirtyMedicalSchools();
    add(schools, K - 1, "medicine", PUBLIC, MIDWEST);
    ResearchDataset dataset = export(schools);
    List<ResearchRow> publicRows = rows(dataset, r -> r.ownership().equals(Optional.of(PUBLIC)));
    assertEquals(19, publicRows.size());
    assertTrue(
        publicRows.stream().allMatch(r -> r.region().isEmpty()),
        "15 shown + 4 withheld would reveal the 4 midwestern schools");
    assertTrue(
        rows(dataset, r -> r.ownership().equals(Optional.of(PRIVATE))).stream()
            .allMatch(r -> r.region().isPresent()),
        "the private group is not affected");
  }

  @Test
  void withholdsOwnershipForTheWholeDisciplineAndJudgesRegionsInTheMergedGroup() {
    List<ResearchInput> schools = new ArrayList<>();
    add(schools, 10, "nursing", PUBLIC, SOUTH);
    add(schools, 10, "nursing", PUBLIC, MIDWEST);
    add(schools, 3, "nursing", PRIVATE, NORTHEAST);
    ResearchDataset dataset = export(schools);
    assertTrue(
        dataset.rows().stream().allMatch(r -> r.ownership().isEmpty()),
        "3 private schools next to 20 shown public ones would be recovered by subtraction");
    assertTrue(
        dataset.rows().stream().allMatch(r -> r.region().isEmpty()),
        "3 rows with region withheld among rows with regions would again single out the private"
            + " schools");
  }

  @Test
  void showsTheRegionsOfAMergedGroupWhenEachHoldsK() {
    List<ResearchInput> schools = new ArrayList<>();
    add(schools, 10, "nursing", PUBLIC, SOUTH);
    add(schools, 5, "nursing", PUBLIC, WEST);
    add(schools, 3, "nursing", PRIVATE, WEST);
    ResearchDataset dataset = export(schools);
    assertEquals(
        Map.of("south", 10L, "west", 8L),
        dataset.rows().stream()
            .collect(Collectors.groupingBy(ResearchRow::regionText, Collectors.counting())));
    assertEquals(18, dataset.ownershipsWithheld());
  }

  @Test
  void leavesOutADisciplineOfFewerThanKSchoolsAndSaysSo() {
    List<ResearchInput> schools = ResearchFixture.thirtyMedicalSchools();
    add(schools, K - 1, "dentistry", PUBLIC, SOUTH);
    ResearchDataset dataset = export(schools);
    assertEquals(List.of(new DroppedDiscipline("dentistry")), dataset.dropped());
    assertTrue(dataset.rows().stream().noneMatch(r -> r.discipline().equals("dentistry")));
    assertFalse(
        columnIds(dataset).contains("mission.oral-health-coalition"),
        "a dropped discipline's own questions would betray its presence");
  }

  @Test
  void neverCarriesFreeTextAndWritesChecklistsAsOneColumnPerOption() {
    ResearchDataset dataset = export(ResearchFixture.thirtyMedicalSchools());
    assertFalse(columnIds(dataset).stream().anyMatch(id -> id.startsWith("mission.evidence")));
    assertFalse(columnIds(dataset).contains("mission.plan-targets"));
    ResearchRow row = dataset.rows().get(0);
    assertFalse(row.cells().toString().contains(ResearchFixture.SECRET));
    assertEquals(new Category("yes"), row.cell("mission.equity-statement"));
    assertEquals(new Category("yes"), row.cell("mission.plan-targets.workforce-diversity"));
    assertEquals(new Category("yes"), row.cell("mission.plan-targets.equity-research"));
    assertEquals(new Category("no"), row.cell("mission.plan-targets.community-partnerships"));
    assertEquals(Category.NA, row.cell("mission.equity-research-share"));
  }

  @Test
  void numbersLeaveOnlyAsTheirBandsAndScoresInTenPointBands() {
    ResearchRow row = export(ResearchFixture.thirtyMedicalSchools()).rows().get(0);
    assertEquals(
        new Range(BigDecimal.ZERO, Optional.of(new BigDecimal("25"))),
        row.cell("pipeline.pathway-participants"),
        "12.5 participants: the band 0 to 25");
    assertEquals(
        new Range(new BigDecimal("50"), Optional.of(new BigDecimal("60"))), row.cell("mission"));
    assertEquals(Category.NONE, row.cell("debt"), "an undefined score has no value");
  }

  @Test
  void rareBandsMergeUntilKSchoolsShareEachAndNoExactDebtLeaves() {
    List<ResearchInput> schools = new ArrayList<>();
    // bands 0 | 50,000 | 100,000 | 150,000 | 200,000: 2, 4, 3, 3 and 3 schools
    String[] debts = {
      "20000", "45000", "61000", "72000", "88000", "99000", "101000", "140000", "149000", "151000",
      "160000", "199999", "203000", "250000", "310000"
    };
    for (String debt : debts) {
      schools.add(ResearchFixture.withAnswer(schools.size() + 1, "debt.median-debt", debt));
    }
    ResearchDataset dataset = export(schools);
    Map<ResearchCell, Long> bands =
        dataset.rows().stream()
            .collect(Collectors.groupingBy(r -> r.cell("debt.median-debt"), Collectors.counting()));
    assertEquals(
        Map.of(
            new Range(BigDecimal.ZERO, Optional.of(new BigDecimal("100000"))), 6L,
            new Range(new BigDecimal("100000"), Optional.empty()), 9L),
        bands,
        "the two lowest bands merge to hold 6; the three highest hold 3 each and merge to 9");
    assertEquals(List.of(), KAnonymityCheck.violations(dataset));
  }

  @Test
  void anAnswerFewGaveIsWithheldAndSoIsTheRestWhenTheWithheldWouldBeFew() {
    List<ResearchInput> schools = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      schools.add(
          ResearchFixture.withAnswer(
              schools.size() + 1, "mission.equity-statement", i < 2 ? "no" : "yes"));
    }
    ResearchDataset dataset = export(schools);
    assertTrue(
        dataset.rows().stream()
            .allMatch(r -> r.cell("mission.equity-statement") instanceof ResearchCell.Withheld),
        "2 'no' shown as withheld next to 10 'yes' would single out the two schools");
    schools.subList(0, 2).clear();
    for (int i = 0; i < 6; i++) {
      schools.add(
          ResearchFixture.withAnswer(schools.size() + 100, "mission.equity-statement", "no"));
    }
    assertEquals(
        Map.of(new Category("yes"), 10L, new Category("no"), 6L),
        export(schools).rows().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.cell("mission.equity-statement"), Collectors.counting())));
  }

  @Test
  void withKSevenEveryShownValueIsSharedBySevenSchools() {
    List<ResearchInput> schools = new ArrayList<>();
    String[] debts = {"10000", "20000", "30000", "40000", "60000", "70000", "80000", "90000"};
    for (int repeat = 0; repeat < 2; repeat++) {
      for (String debt : debts) {
        schools.add(ResearchFixture.withAnswer(schools.size() + 1, "debt.median-debt", debt));
      }
    }
    ResearchDataset dataset = new ResearchExporter(7).export(schools, new Random(1));
    assertEquals(7, dataset.k());
    assertEquals(List.of(), KAnonymityCheck.violations(dataset));
    assertEquals(
        Set.of(
            new Range(BigDecimal.ZERO, Optional.of(new BigDecimal("50000"))),
            new Range(new BigDecimal("50000"), Optional.of(new BigDecimal("100000")))),
        dataset.rows().stream().map(r -> r.cell("debt.median-debt")).collect(Collectors.toSet()),
        "8 below and 8 above 50,000: two bands of 7 or more");
  }

  @Test
  void onTheDemoSchoolsNoPublishedFigureSinglesOutASchool() {
    List<ResearchInput> schools =
        new DemoPeerGenerator(ResearchFixture.CATALOG)
            .generate(242, 2026, 2023).stream()
                .map(
                    g -> {
                      Questionnaire questionnaire = ResearchFixture.questionnaire(g.discipline());
                      Map<String, Answer> answers = g.answers(2026);
                      return new ResearchInput(
                          g.discipline(),
                          g.ownership(),
                          g.region(),
                          Scores.of(QuestionnaireScorer.score(questionnaire, answers)),
                          answers,
                          questionnaire);
                    })
                .toList();
    ResearchDataset dataset = export(schools);
    assertEquals(242, dataset.rows().size());
    assertEquals(List.of(), KAnonymityCheck.violations(dataset));
    Map<ResearchCell, Long> debts =
        dataset.rows().stream()
            .collect(Collectors.groupingBy(r -> r.cell("debt.median-debt"), Collectors.counting()));
    assertTrue(debts.size() < 15, "exact debts were unique for 240 of 242 rows: " + debts);
    long cells = (long) dataset.rows().size() * dataset.columns().size();
    assertTrue(
        dataset.cellsWithheld() < cells / 2,
        "most of the data stays: " + dataset.cellsWithheld() + " of " + cells + " withheld");
  }

  @Test
  void theCheckNamesWhatSinglesOutFewerThanKSchools() {
    List<ResearchRow> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ResearchCell debt =
          i == 0
              ? new Range(new BigDecimal("200000"), Optional.empty())
              : new Range(BigDecimal.ZERO, Optional.of(new BigDecimal("200000")));
      rows.add(
          new ResearchRow(
              String.format("R-%06X", i),
              "medicine",
              Optional.of(PUBLIC),
              Optional.of(SOUTH),
              Map.of("debt.median-debt", debt)));
    }
    ResearchDataset dataset =
        new ResearchDataset(
            K,
            List.of(new ResearchColumn("debt.median-debt", ResearchColumn.Kind.RANGE)),
            rows,
            List.of());
    List<String> violations = KAnonymityCheck.violations(dataset);
    assertEquals(1, violations.size(), violations.toString());
    assertTrue(violations.get(0).contains("debt.median-debt"), violations.toString());
  }

  @Test
  void drawsNewPseudonymsOnEveryExportUnrelatedToInputOrder() {
    List<ResearchInput> schools = ResearchFixture.thirtyMedicalSchools();
    ResearchDataset first = exporter.export(schools, new SplittableRandom());
    ResearchDataset second = exporter.export(schools, new SplittableRandom());
    Set<String> firstNames =
        first.rows().stream().map(ResearchRow::pseudonym).collect(Collectors.toSet());
    assertEquals(30, firstNames.size());
    assertTrue(first.rows().stream().allMatch(r -> r.pseudonym().matches("R-[0-9A-F]{6}")));
    assertNotEquals(
        firstNames, second.rows().stream().map(ResearchRow::pseudonym).collect(Collectors.toSet()));
    Map<String, ResearchInput> firstSources = new HashMap<>();
    exporter.export(schools, new SplittableRandom(1), firstSources);
    List<Integer> order =
        firstSources.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> ResearchFixture.number(e.getValue()))
            .toList();
    assertNotEquals(order.stream().sorted().toList(), order, "rows must not follow input order");
    List<String> names = first.rows().stream().map(ResearchRow::pseudonym).toList();
    assertEquals(names.stream().sorted().toList(), names, "rows are in pseudonym order");
  }

  @Test
  void ordersQuestionColumnsTheSameWhateverTheOrderOfSchools() {
    List<ResearchInput> schools = ResearchFixture.thirtyMedicalSchools();
    add(schools, 5, "nursing", PUBLIC, SOUTH);
    List<ResearchInput> reversed = new ArrayList<>(schools);
    Collections.reverse(reversed);
    ResearchDataset dataset = export(schools);
    assertEquals(columnIds(dataset), columnIds(export(reversed)));
    assertEquals(columnIds(dataset).size(), new HashSet<>(columnIds(dataset)).size());
    assertTrue(
        columnIds(dataset)
            .containsAll(List.of("pipeline.mcat-preparation", "mission.practice-partnership")));
    assertTrue(
        columnIds(dataset).indexOf("mission.practice-partnership")
            < columnIds(dataset).indexOf("pipeline.pathway-programs"),
        "columns go modality by modality");
  }

  @Test
  void everyCombinationShownHoldsKSchoolsAndEveryWithheldOneHidesMoreThanOneValue() {
    SplittableRandom random = new SplittableRandom(2024);
    for (int cohort = 0; cohort < 300; cohort++) {
      List<ResearchInput> schools = new ArrayList<>();
      int size = random.nextInt(1, 60);
      for (int i = 0; i < size; i++) {
        add(
            schools,
            1,
            random.nextBoolean() ? "medicine" : "nursing",
            Ownership.values()[random.nextInt(2)],
            Region.values()[random.nextInt(random.nextInt(1, 5))]);
      }
      sources.clear();
      ResearchDataset dataset = exporter.export(schools, random, sources);
      assertAnonymous(schools, dataset);
      assertEquals(List.of(), KAnonymityCheck.violations(dataset));
    }
  }

  private void assertAnonymous(List<ResearchInput> schools, ResearchDataset dataset) {
    Map<List<String>, List<ResearchRow>> classes =
        dataset.rows().stream()
            .collect(
                Collectors.groupingBy(
                    r -> List.of(r.discipline(), r.ownershipText(), r.regionText())));
    classes.forEach(
        (combination, members) -> {
          assertTrue(members.size() >= K, () -> combination + " holds only " + members.size());
          if (combination.get(2).equals(ResearchRow.WITHHELD)) {
            assertTrue(
                members.stream().map(r -> input(schools, r).region()).distinct().count() > 1,
                () -> combination + " hides a single region, recoverable by subtraction");
          }
          if (combination.get(1).equals(ResearchRow.WITHHELD)) {
            assertTrue(
                members.stream().map(r -> input(schools, r).ownership()).distinct().count() > 1
                    || dataset.rows().stream()
                        .filter(r -> r.discipline().equals(combination.get(0)))
                        .allMatch(r -> r.ownership().isEmpty()),
                () -> combination + " hides a single ownership");
          }
        });
    long kept =
        schools.stream()
            .filter(
                s ->
                    dataset.dropped().stream()
                        .noneMatch(d -> d.discipline().equals(s.discipline())))
            .count();
    assertEquals(kept, dataset.rows().size());
  }

  private ResearchInput input(List<ResearchInput> schools, ResearchRow row) {
    return schools.get(number(row) - 1);
  }
}
