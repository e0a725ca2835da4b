package org.socialmission.metrics.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.ReleaseGuard.Published;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/** The complement rule between releases, attacked as a dean who keeps every download would. */
class ReleaseGuardTest {

  private static final SizeBands BANDS = SizeBands.parse("300,600,1000");
  private static final GroupKey ALL =
      new GroupKey(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  private static final GroupKey MEDICINE =
      new GroupKey(Optional.of("medicine"), Optional.empty(), Optional.empty(), Optional.empty());

  private static SchoolEntry school(String code, Region region, int enrollment, String score) {
    return new SchoolEntry(
        code,
        "medicine",
        Ownership.PUBLIC,
        region,
        enrollment,
        new Scores(Map.of(Scores.OVERALL, new BigDecimal(score))));
  }

  /** {@code count} medical schools MED-{from}… in the South, 400 students, scoring 50. */
  private static List<SchoolEntry> schools(int from, int count) {
    return IntStream.range(from, from + count)
        .mapToObj(i -> school("MED-" + i, Region.SOUTH, 400, "50"))
        .toList();
  }

  private static List<SchoolEntry> plus(List<SchoolEntry> a, List<SchoolEntry> b) {
    List<SchoolEntry> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Published published(List<SchoolEntry> members) {
    return new Published(members, Set.of());
  }

  @Test
  void theFirstReleaseIsNeverRefused() {
    assertEquals(List.of(), new ReleaseGuard(5).concerns(schools(0, 20), BANDS, List.of()));
  }

  @Test
  void oneSchoolJoiningAReportedGroupIsTheTemporalAttackAndIsRefused() {
    List<SchoolEntry> before = schools(0, 20);
    List<GroupKey> concerns =
        new ReleaseGuard(5)
            .concerns(plus(before, schools(100, 1)), BANDS, List.of(published(before)));
    assertTrue(concerns.contains(ALL) && concerns.contains(MEDICINE), concerns.toString());
  }

  @Test
  void oneToKSchoolsLeavingAreRefusedAndMoreThanKAreNot() {
    List<SchoolEntry> before = schools(0, 30);
    for (int left = 1; left <= 5; left++) {
      List<SchoolEntry> now = before.subList(left, before.size());
      assertTrue(
          new ReleaseGuard(5).concerns(now, BANDS, List.of(published(before))).contains(ALL),
          left + " left");
    }
    List<SchoolEntry> sixLeft = before.subList(6, before.size());
    assertEquals(
        List.of(), new ReleaseGuard(5).concerns(sixLeft, BANDS, List.of(published(before))));
  }

  @Test
  void aSchoolWhoseScoresChangedCountsOnBothSides() {
    List<SchoolEntry> before = schools(0, 20);
    List<SchoolEntry> now = new ArrayList<>(before);
    now.set(3, school("MED-3", Region.SOUTH, 400, "61.5"));
    assertTrue(
        new ReleaseGuard(5).concerns(now, BANDS, List.of(published(before))).contains(MEDICINE));
  }

  @Test
  void manyJoiningDoNotHideOneThatLeft() {
    List<SchoolEntry> before = schools(0, 20);
    List<SchoolEntry> now = plus(before.subList(1, 20), schools(100, 10));
    assertTrue(
        new ReleaseGuard(5).concerns(now, BANDS, List.of(published(before))).contains(ALL),
        "ten joined, one left: the one's row would be the one that vanished");
  }

  @Test
  void everyEarlierReleaseCountsNotOnlyThePreviousOne() {
    List<SchoolEntry> stay = schools(0, 20);
    List<SchoolEntry> b = schools(100, 6);
    List<SchoolEntry> first = plus(stay, b);
    List<SchoolEntry> second = plus(stay, schools(200, 6));
    List<SchoolEntry> third = plus(plus(stay, b.subList(1, 6)), schools(300, 1));
    ReleaseGuard guard = new ReleaseGuard(5);
    assertEquals(
        List.of(),
        guard.concerns(third, BANDS, List.of(published(second))),
        "against the second: six left, six joined");
    assertTrue(
        guard.concerns(third, BANDS, List.of(published(first), published(second))).contains(ALL),
        "against the first, which a dean may have kept: one left and one joined");
  }

  @Test
  void aGroupWithheldOrTooSmallEarlierIsNotComparedWithIt() {
    List<SchoolEntry> before = schools(0, 20);
    List<SchoolEntry> now = plus(before, schools(100, 1));
    List<GroupKey> concerns =
        new ReleaseGuard(5).concerns(now, BANDS, List.of(new Published(before, Set.of(ALL))));
    assertFalse(concerns.contains(ALL));
    assertTrue(concerns.contains(MEDICINE));
    List<SchoolEntry> small = schools(0, 4);
    assertEquals(
        List.of(),
        new ReleaseGuard(5)
            .concerns(plus(small, schools(100, 2)), BANDS, List.of(published(small))),
        "a group of 4 was never reported");
  }

  @Test
  void aSchoolMovingRegionLeavesOneFilteredGroupAndJoinsAnother() {
    List<SchoolEntry> before = new ArrayList<>(schools(0, 12));
    IntStream.range(50, 62).forEach(i -> before.add(school("MED-" + i, Region.WEST, 400, "50")));
    List<SchoolEntry> now = new ArrayList<>(before);
    now.set(0, school("MED-0", Region.WEST, 400, "50"));
    List<GroupKey> concerns = new ReleaseGuard(5).concerns(now, BANDS, List.of(published(before)));
    assertTrue(concerns.contains(MEDICINE.withRegion(Region.WEST)), concerns.toString());
    assertTrue(concerns.contains(MEDICINE.withRegion(Region.SOUTH)), concerns.toString());
    assertFalse(concerns.contains(MEDICINE), "the unfiltered group did not move");
  }

  @Test
  void sizeBandGroupsAreGuardedLikeTheOthers() {
    List<SchoolEntry> before = new ArrayList<>(schools(0, 12));
    IntStream.range(50, 60).forEach(i -> before.add(school("MED-" + i, Region.SOUTH, 700, "50")));
    List<SchoolEntry> now = new ArrayList<>(before);
    now.set(0, school("MED-0", Region.SOUTH, 650, "50"));
    List<GroupKey> concerns = new ReleaseGuard(5).concerns(now, BANDS, List.of(published(before)));
    assertTrue(concerns.contains(MEDICINE.withSize(BANDS.of(700))), concerns.toString());
    assertTrue(concerns.contains(MEDICINE.withSize(BANDS.of(400))), concerns.toString());
  }

  @Test
  void withKSevenUpToSevenMovedSchoolsAreRefused() {
    List<SchoolEntry> before = schools(0, 40);
    ReleaseGuard guard = new ReleaseGuard(7);
    assertTrue(
        guard
            .concerns(plus(before, schools(100, 7)), BANDS, List.of(published(before)))
            .contains(ALL));
    assertEquals(
        List.of(),
        guard.concerns(plus(before, schools(100, 8)), BANDS, List.of(published(before))));
    assertThrows(IllegalArgumentException.class, () -> new ReleaseGuard(4));
  }
}
