package org.socialmission.metrics.admin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialmission.metrics.admin.export.ResearchFixture.add;
import static org.socialmission.metrics.admin.export.ResearchFixture.number;
import static org.socialmission.metrics.school.Ownership.PRIVATE;
import static org.socialmission.metrics.school.Ownership.PUBLIC;
import static org.socialmission.metrics.school.Region.MIDWEST;
import static org.socialmission.metrics.school.Region.NORTHEAST;
import static org.socialmission.metrics.school.Region.SOUTH;
import static org.socialmission.metrics.school.Region.WEST;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Researchers get every school's scores and answers, and no one can tell which row is which school.
 */
class ResearchExporterTest {

  private static final int K = 5;
  private final ResearchExporter exporter = new ResearchExporter(K);

  private ResearchDataset export(List<ResearchInput> schools) {
    return exporter.export(schools, new Random(7));
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
    assertEquals(List.of(new DroppedDiscipline("dentistry", K - 1)), dataset.dropped());
    assertTrue(dataset.rows().stream().noneMatch(r -> r.discipline().equals("dentistry")));
    assertFalse(
        dataset.questionIds().contains("mission.oral-health-coalition"),
        "a dropped discipline's own questions would betray its presence");
  }

  @Test
  void neverCarriesFreeTextAndWritesAnswersInTheirTextForms() {
    ResearchDataset dataset = export(ResearchFixture.thirtyMedicalSchools());
    assertFalse(dataset.questionIds().contains("mission.evidence"));
    ResearchRow row = dataset.rows().get(0);
    assertFalse(row.answers().containsValue(ResearchFixture.SECRET));
    assertEquals(
        Map.of(
            "mission.equity-statement",
            "yes",
            "mission.plan-targets",
            "equity-research|workforce-diversity",
            "mission.equity-research-share",
            "NA",
            "pipeline.pathway-participants",
            "12.5"),
        row.answers());
  }

  @Test
  void roundsScoresToOneDecimalAndLeavesUndefinedOnesOut() {
    ResearchRow row = export(ResearchFixture.thirtyMedicalSchools()).rows().get(0);
    assertEquals(new BigDecimal("50.0"), row.scores().get("mission"));
    assertFalse(row.scores().containsKey("debt"));
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
    List<Integer> order = first.rows().stream().map(ResearchFixture::number).toList();
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
    assertEquals(dataset.questionIds(), export(reversed).questionIds());
    assertEquals(dataset.questionIds().size(), new HashSet<>(dataset.questionIds()).size());
    assertTrue(
        dataset
            .questionIds()
            .containsAll(List.of("pipeline.mcat-preparation", "mission.practice-partnership")));
    assertTrue(
        dataset.questionIds().indexOf("mission.practice-partnership")
            < dataset.questionIds().indexOf("pipeline.pathway-programs"),
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
      assertAnonymous(schools, exporter.export(schools, random));
    }
  }

  private static void assertAnonymous(List<ResearchInput> schools, ResearchDataset dataset) {
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

  private static ResearchInput input(List<ResearchInput> schools, ResearchRow row) {
    return schools.get(number(row) - 1);
  }
}
