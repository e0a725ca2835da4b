package org.socialmission.metrics.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.PeerGroupResult.Reported;
import org.socialmission.metrics.benchmark.PeerGroupResult.Suppressed;
import org.socialmission.metrics.benchmark.PeerGroupSpec.Scope;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/** The anonymity rules, attacked at their edges. */
class PeerAnonymizerTest {

  private static final PeerAnonymizer K5 = new PeerAnonymizer(5);
  private static final PeerGroupSpec DISCIPLINE = PeerGroupSpec.of(Scope.DISCIPLINE);
  private static final SchoolEntry SUBJECT =
      entry("MED-0001", "medicine", Ownership.PUBLIC, Region.WEST, "55");

  private static SchoolEntry entry(
      String code, String discipline, Ownership ownership, Region region, String overall) {
    Map<String, BigDecimal> scores = new HashMap<>();
    scores.put(Scores.OVERALL, new BigDecimal(overall));
    scores.put("mission", new BigDecimal(overall));
    return new SchoolEntry(code, discipline, ownership, region, 500, new Scores(scores));
  }

  /** {@code count} medical peers with overall scores 10, 20, 30, ... in entry order. */
  private static List<SchoolEntry> peers(int count, Ownership ownership, Region region, int from) {
    return IntStream.range(from, from + count)
        .mapToObj(
            i -> entry("MED-1" + i, "medicine", ownership, region, String.valueOf(10 * (i + 1))))
        .toList();
  }

  private static List<SchoolEntry> concat(List<SchoolEntry> a, List<SchoolEntry> b) {
    List<SchoolEntry> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static MeasureResult measure(Reported group, String id) {
    return group.measures().stream()
        .filter(m -> m.measureId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void kBelowFiveIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PeerAnonymizer(4));
    assertThrows(IllegalArgumentException.class, () -> new PeerAnonymizer(0));
    assertEquals(10, new PeerAnonymizer(10).k());
  }

  @Test
  void groupOfExactlyKIsReported() {
    PeerGroupResult result =
        K5.benchmark(
            SUBJECT, peers(5, Ownership.PUBLIC, Region.WEST, 0), DISCIPLINE, new Random(1));
    Reported reported = assertInstanceOf(Reported.class, result);
    assertEquals(5, reported.n());
    assertEquals(5, reported.rows().size());
    assertEquals("Medicine schools", reported.label());
  }

  @Test
  void groupOfKMinusOneIsSuppressedWithAReason() {
    PeerGroupResult result =
        K5.benchmark(
            SUBJECT, peers(4, Ownership.PUBLIC, Region.WEST, 0), DISCIPLINE, new Random(1));
    Suppressed suppressed = assertInstanceOf(Suppressed.class, result);
    assertTrue(suppressed.reason().contains("fewer than 5 peer schools"), suppressed.reason());
  }

  @Test
  void largerKSuppressesWhatFiveWouldShow() {
    PeerGroupResult result =
        new PeerAnonymizer(10)
            .benchmark(
                SUBJECT, peers(9, Ownership.PUBLIC, Region.WEST, 0), DISCIPLINE, new Random(1));
    assertTrue(((Suppressed) result).reason().contains("fewer than 10"));
  }

  @Test
  void schoolIsNeverItsOwnPeer() {
    List<SchoolEntry> cohort = concat(List.of(SUBJECT), peers(4, Ownership.PUBLIC, Region.WEST, 0));
    assertInstanceOf(Suppressed.class, K5.benchmark(SUBJECT, cohort, DISCIPLINE, new Random(1)));

    SchoolEntry top = entry("MED-0001", "medicine", Ownership.PUBLIC, Region.WEST, "99");
    List<SchoolEntry> withSix = concat(List.of(top), peers(5, Ownership.PUBLIC, Region.WEST, 0));
    Reported reported = (Reported) K5.benchmark(top, withSix, DISCIPLINE, new Random(1));
    assertEquals(5, reported.n());
    Comparison overall = measure(reported, Scores.OVERALL).comparison().orElseThrow();
    assertEquals(0, new BigDecimal("50").compareTo(overall.peers().max()));
    assertEquals(Quartile.TOP, overall.standing().orElseThrow().quartile());
  }

  @Test
  void filteredGroupWithLargeEnoughRestIsReportedWithoutRows() {
    List<SchoolEntry> cohort =
        concat(
            peers(5, Ownership.PUBLIC, Region.WEST, 0),
            peers(5, Ownership.PRIVATE, Region.WEST, 5));
    PeerGroupSpec publicOnly = DISCIPLINE.withOwnership(Ownership.PUBLIC);
    Reported reported = (Reported) K5.benchmark(SUBJECT, cohort, publicOnly, new Random(1));
    assertEquals(5, reported.n());
    assertTrue(reported.rows().isEmpty());
    assertEquals("Medicine schools, public", reported.label());
  }

  @Test
  void filteredGroupIsSuppressedWhenTheRestOfItsParentIsBelowK() {
    List<SchoolEntry> cohort =
        concat(
            peers(6, Ownership.PUBLIC, Region.WEST, 0),
            peers(4, Ownership.PRIVATE, Region.WEST, 6));
    PeerGroupResult result =
        K5.benchmark(SUBJECT, cohort, DISCIPLINE.withOwnership(Ownership.PUBLIC), new Random(1));
    Suppressed suppressed = assertInstanceOf(Suppressed.class, result);
    assertTrue(suppressed.reason().contains("would reveal the difference"), suppressed.reason());
    assertTrue(suppressed.reason().contains("Medicine schools"), suppressed.reason());
    assertInstanceOf(Reported.class, K5.benchmark(SUBJECT, cohort, DISCIPLINE, new Random(1)));
  }

  @Test
  void doublyFilteredGroupChecksTheSinglyFilteredParentsToo() {
    // public West 5, public elsewhere 4 (rest of "public" = 4), private 20
    List<SchoolEntry> cohort = new ArrayList<>(peers(5, Ownership.PUBLIC, Region.WEST, 0));
    cohort.addAll(peers(4, Ownership.PUBLIC, Region.SOUTH, 5));
    cohort.addAll(peers(20, Ownership.PRIVATE, Region.WEST, 9));
    PeerGroupSpec spec = DISCIPLINE.withOwnership(Ownership.PUBLIC).withRegion(Region.WEST);
    Suppressed suppressed = (Suppressed) K5.benchmark(SUBJECT, cohort, spec, new Random(1));
    assertTrue(suppressed.reason().contains("Medicine schools, public\""), suppressed.reason());
  }

  @Test
  void allSchoolsScopeIncludesOtherDisciplines() {
    List<SchoolEntry> cohort = new ArrayList<>(peers(3, Ownership.PUBLIC, Region.WEST, 0));
    cohort.add(entry("NUR-0002", "nursing", Ownership.PUBLIC, Region.WEST, "40"));
    cohort.add(entry("DEN-0002", "dentistry", Ownership.PRIVATE, Region.SOUTH, "40"));
    assertInstanceOf(Suppressed.class, K5.benchmark(SUBJECT, cohort, DISCIPLINE, new Random(1)));
    Reported all =
        (Reported) K5.benchmark(SUBJECT, cohort, PeerGroupSpec.of(Scope.ALL), new Random(1));
    assertEquals(5, all.n());
  }

  @Test
  void measureFewPeersHaveAScoreForIsSuppressedAlone() {
    List<SchoolEntry> cohort = new ArrayList<>(peers(4, Ownership.PUBLIC, Region.WEST, 0));
    Map<String, BigDecimal> overallOnly = Map.of(Scores.OVERALL, BigDecimal.TEN);
    cohort.add(
        new SchoolEntry(
            "MED-1999", "medicine", Ownership.PUBLIC, Region.WEST, 500, new Scores(overallOnly)));
    Reported reported = (Reported) K5.benchmark(SUBJECT, cohort, DISCIPLINE, new Random(1));
    assertTrue(measure(reported, Scores.OVERALL).comparison().isPresent());
    MeasureResult mission = measure(reported, "mission");
    assertTrue(mission.comparison().isEmpty());
    assertTrue(mission.suppressedBecause().orElseThrow().contains("with a score here"));
    assertEquals(0, new BigDecimal("55").compareTo(mission.own().orElseThrow()));
    assertTrue(measure(reported, "debt").suppressedBecause().isPresent());
  }

  @Test
  void measureUndefinedForTheSchoolHasStatisticsButNoRank() {
    SchoolEntry noMission =
        new SchoolEntry(
            "MED-0001",
            "medicine",
            Ownership.PUBLIC,
            Region.WEST,
            500,
            new Scores(Map.of(Scores.OVERALL, BigDecimal.ONE)));
    Reported reported =
        (Reported)
            K5.benchmark(
                noMission, peers(5, Ownership.PUBLIC, Region.WEST, 0), DISCIPLINE, new Random(1));
    Comparison mission = measure(reported, "mission").comparison().orElseThrow();
    assertTrue(mission.standing().isEmpty());
    assertEquals(5, mission.peers().n());
  }

  @Test
  void rowsAreBestFirstUnderPseudonymsThatHideEntryOrder() {
    // entry order = ascending score, so rank order is the reverse of entry order
    Reported reported =
        (Reported)
            K5.benchmark(
                SUBJECT, peers(12, Ownership.PUBLIC, Region.WEST, 0), DISCIPLINE, new Random(42));
    List<Integer> overall =
        reported.rows().stream().map(r -> r.score(Scores.OVERALL).getAsInt()).toList();
    assertEquals(List.of(120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10), overall);
    List<String> names = reported.rows().stream().map(PeerRow::pseudonym).toList();
    Set<String> expected =
        IntStream.rangeClosed(1, 12)
            .mapToObj(i -> String.format("Peer %03d", i))
            .collect(Collectors.toSet());
    assertEquals(expected, Set.copyOf(names));
    assertNotEquals(names.stream().sorted().toList(), names, "pseudonyms follow rank order");
    assertNotEquals(
        names.stream().sorted(Comparator.reverseOrder()).toList(),
        names,
        "pseudonyms follow entry order");
  }

  @Test
  void everyWorkbookDrawsNewPseudonyms() {
    List<SchoolEntry> cohort = peers(12, Ownership.PUBLIC, Region.WEST, 0);
    Random random = new Random(7);
    Reported first = (Reported) K5.benchmark(SUBJECT, cohort, DISCIPLINE, random);
    Reported second = (Reported) K5.benchmark(SUBJECT, cohort, DISCIPLINE, random);
    assertNotEquals(first.rows(), second.rows());
    Reported again = (Reported) K5.benchmark(SUBJECT, cohort, DISCIPLINE, new Random(7));
    assertEquals(first.rows(), again.rows(), "the same seed gives the same draw");
  }

  @Test
  void tiedPeersDoNotKeepEntryOrder() {
    List<SchoolEntry> tied =
        IntStream.range(0, 8)
            .mapToObj(i -> entry("MED-2" + i, "medicine", Ownership.PUBLIC, Region.WEST, "50"))
            .toList();
    Set<List<String>> orders = new HashSet<>();
    for (int seed = 0; seed < 5; seed++) {
      Reported r = (Reported) K5.benchmark(SUBJECT, tied, DISCIPLINE, new Random(seed));
      orders.add(r.rows().stream().map(PeerRow::pseudonym).toList());
    }
    assertTrue(orders.size() > 1);
  }

  @Test
  void aSchoolInTheReleaseGetsTheRowsOfTheOthersOnly() {
    // ties (two schools at 40, one without an overall score) and the subject among the peers
    List<SchoolEntry> others = new ArrayList<>(peers(9, Ownership.PUBLIC, Region.WEST, 0));
    others.add(2, entry("MED-4000", "medicine", Ownership.PUBLIC, Region.WEST, "40.0"));
    others.add(
        new SchoolEntry(
            "MED-4001",
            "medicine",
            Ownership.PUBLIC,
            Region.WEST,
            500,
            new Scores(Map.of("mission", BigDecimal.TEN))));
    List<SchoolEntry> withSubject = new ArrayList<>(others);
    withSubject.add(5, SUBJECT);
    Reported outside = (Reported) K5.benchmark(SUBJECT, others, DISCIPLINE, new Random(11));
    Reported inside = (Reported) K5.benchmark(SUBJECT, withSubject, DISCIPLINE, new Random(11));
    assertEquals(outside.rows(), inside.rows());
    assertEquals(11, inside.rows().size());
    List<Integer> overall =
        inside.rows().stream().map(r -> r.score(Scores.OVERALL).orElse(-1)).toList();
    assertEquals(List.of(90, 80, 70, 60, 50, 40, 40, 30, 20, 10, -1), overall);
  }

  @Test
  void rowScoresAreRoundedHalfUpToWholeNumbers() {
    List<SchoolEntry> cohort = new ArrayList<>(peers(4, Ownership.PUBLIC, Region.WEST, 0));
    cohort.add(entry("MED-3000", "medicine", Ownership.PUBLIC, Region.WEST, "72.5"));
    cohort.add(entry("MED-3001", "medicine", Ownership.PUBLIC, Region.WEST, "72.4999"));
    Reported reported = (Reported) K5.benchmark(SUBJECT, cohort, DISCIPLINE, new Random(3));
    List<Integer> overall =
        reported.rows().stream().map(r -> r.score(Scores.OVERALL).getAsInt()).toList();
    assertEquals(List.of(73, 72, 40, 30, 20, 10), overall);
    assertEquals(73, reported.rows().get(0).score("mission").getAsInt());
    assertTrue(reported.rows().get(0).score("debt").isEmpty());
  }

  @Test
  void nothingInTheOutputNamesAPeer() {
    List<SchoolEntry> cohort =
        concat(
            peers(10, Ownership.PUBLIC, Region.WEST, 0),
            peers(10, Ownership.PRIVATE, Region.SOUTH, 10));
    List<PeerGroupResult> results =
        K5.benchmark(
            SUBJECT,
            cohort,
            List.of(DISCIPLINE, DISCIPLINE.withRegion(Region.SOUTH)),
            new Random(5));
    String everything = results.toString();
    cohort.forEach(peer -> assertFalse(everything.contains(peer.code()), peer.code()));
    List<String> rowFields =
        Arrays.stream(PeerRow.class.getRecordComponents()).map(c -> c.getName()).toList();
    assertEquals(List.of("pseudonym", "scores"), rowFields);
  }

  private static SchoolEntry sized(String code, Ownership ownership, int enrollment, String score) {
    return new SchoolEntry(
        code,
        "medicine",
        ownership,
        Region.WEST,
        enrollment,
        new Scores(Map.of(Scores.OVERALL, new BigDecimal(score))));
  }

  private static List<SchoolEntry> sized(int count, Ownership ownership, int enrollment, int from) {
    return IntStream.range(from, from + count)
        .mapToObj(i -> sized("MED-4" + i, ownership, enrollment, String.valueOf(40 + i)))
        .toList();
  }

  @Test
  void aSizeBandGroupHoldsOnlySchoolsOfThatEnrollmentAndSaysItsRange() {
    SizeBands bands = SizeBands.parse("300,600,1000");
    List<SchoolEntry> cohort =
        concat(
            sized(6, Ownership.PUBLIC, 450, 0),
            concat(sized(8, Ownership.PUBLIC, 800, 10), sized(7, Ownership.PRIVATE, 450, 20)));
    PeerGroupSpec spec = DISCIPLINE.withSize(bands.of(500));
    Reported reported = (Reported) K5.benchmark(SUBJECT, cohort, spec, new Random(1));
    assertEquals(13, reported.n(), "6 + 7 schools of 300-599 students, other ownerships too");
    assertEquals("Medicine schools, 300–599 students", reported.label());
    assertTrue(reported.rows().isEmpty(), "a filtered group gives statistics only");
  }

  @Test
  void everyCombinationWithTheSizeBandIsGuardedByTheComplementRule() {
    SizeBands bands = SizeBands.parse("300,600,1000");
    // public 300-599: 6; public other sizes: 8; private 300-599: 4 -> "300-599" minus the
    // public ones leaves 4, so public + 300-599 is withheld although it has 6 and "public" has 14
    List<SchoolEntry> cohort =
        concat(
            sized(6, Ownership.PUBLIC, 450, 0),
            concat(sized(8, Ownership.PUBLIC, 800, 10), sized(4, Ownership.PRIVATE, 450, 20)));
    PeerGroupSpec spec = DISCIPLINE.withOwnership(Ownership.PUBLIC).withSize(bands.of(500));
    Suppressed suppressed = (Suppressed) K5.benchmark(SUBJECT, cohort, spec, new Random(1));
    assertEquals(
        "Not shown: the rest of the group \"Medicine schools, 300–599 students\" outside this"
            + " filter has fewer than 5 peer schools; comparing the two would reveal the"
            + " difference.",
        suppressed.reason());
    assertFalse(suppressed.reason().matches(".*\\b4\\b.*"), "no count below k");
    PeerGroupSpec three = spec.withRegion(Region.WEST);
    assertEquals(7, three.ancestors().size(), "every proper subset of three filters");
    assertInstanceOf(Suppressed.class, K5.benchmark(SUBJECT, cohort, three, new Random(1)));
  }

  @Test
  void aGroupTheReleaseWithholdsSaysWhichRuleWithoutCounts() {
    List<SchoolEntry> cohort = peers(20, Ownership.PUBLIC, Region.WEST, 0);
    Set<GroupKey> withheld = Set.of(DISCIPLINE.key("medicine"));
    Suppressed suppressed =
        (Suppressed) K5.benchmark(SUBJECT, cohort, withheld, DISCIPLINE, new Random(1));
    assertTrue(suppressed.reason().contains("since an earlier release"), suppressed.reason());
    assertTrue(suppressed.reason().contains("more than 5 at a time"), suppressed.reason());
    assertInstanceOf(
        Reported.class,
        K5.benchmark(SUBJECT, cohort, withheld, PeerGroupSpec.of(Scope.ALL), new Random(1)),
        "other groups of the release stay");
  }

  @Test
  void everyFigureLeavesRoundedSoThatDifferencingTwoGroupsGivesNoScore() {
    List<SchoolEntry> cohort = new ArrayList<>();
    String[] exact = {"55.47019607843137", "72.22222222222222", "61.1", "40.03", "90", "33.3333"};
    for (int i = 0; i < exact.length; i++) {
      cohort.add(entry("MED-5" + i, "medicine", Ownership.PUBLIC, Region.WEST, exact[i]));
    }
    Reported reported = (Reported) K5.benchmark(SUBJECT, cohort, DISCIPLINE, new Random(1));
    Comparison overall = measure(reported, Scores.OVERALL).comparison().orElseThrow();
    Distribution d = overall.peers();
    for (BigDecimal figure : List.of(d.min(), d.p25(), d.median(), d.p75(), d.max(), d.mean())) {
      assertEquals(1, figure.scale(), figure.toPlainString());
    }
    assertEquals(new BigDecimal("58.7"), d.mean());
    assertEquals(new BigDecimal("33.3"), overall.standing().orElseThrow().percentileRank());
    assertEquals(new BigDecimal("55.0"), measure(reported, Scores.OVERALL).own().orElseThrow());
  }

  @Test
  void kOfSevenSuppressesAGroupOfSixAndAComplementOfSix() {
    PeerAnonymizer k7 = new PeerAnonymizer(7);
    assertInstanceOf(
        Suppressed.class,
        k7.benchmark(
            SUBJECT, peers(6, Ownership.PUBLIC, Region.WEST, 0), DISCIPLINE, new Random(1)));
    List<SchoolEntry> cohort =
        concat(
            peers(7, Ownership.PUBLIC, Region.WEST, 0),
            peers(6, Ownership.PUBLIC, Region.SOUTH, 7));
    assertInstanceOf(Reported.class, k7.benchmark(SUBJECT, cohort, DISCIPLINE, new Random(1)));
    Suppressed west =
        (Suppressed)
            k7.benchmark(SUBJECT, cohort, DISCIPLINE.withRegion(Region.WEST), new Random(1));
    assertTrue(west.reason().contains("fewer than 7"), west.reason());
  }

  @Test
  void aFigureBesideTheScoresFollowsTheSameRules() {
    List<SchoolEntry> five = peers(5, Ownership.PUBLIC, Region.WEST, 0);
    Function<SchoolEntry, Optional<BigDecimal>> figure =
        s -> s.scores().of(Scores.OVERALL).map(v -> v.add(BigDecimal.ONE));
    assertEquals(
        new BigDecimal("31.0"),
        K5.distribution(SUBJECT, new PeerIndex(five), Set.of(), DISCIPLINE, "f", figure)
            .orElseThrow()
            .median());
    assertTrue(
        K5.distribution(
                SUBJECT, new PeerIndex(five.subList(0, 4)), Set.of(), DISCIPLINE, "f", figure)
            .isEmpty(),
        "fewer than k peers");
    assertTrue(
        K5.distribution(
                SUBJECT,
                new PeerIndex(five),
                Set.of(),
                DISCIPLINE,
                "f",
                s -> s.code().endsWith("0") ? Optional.empty() : figure.apply(s))
            .isEmpty(),
        "fewer than k peers with a value");
    assertTrue(
        K5.distribution(
                SUBJECT,
                new PeerIndex(five),
                Set.of(DISCIPLINE.key("medicine")),
                DISCIPLINE,
                "f",
                figure)
            .isEmpty(),
        "a group the release withholds");
  }

  @Test
  void aSharedIndexLeavesEachSchoolOutOfItsOwnGroups() {
    Random random = new Random(11);
    List<SchoolEntry> cohort = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      cohort.add(
          entry(
              "MED-2" + i,
              i % 4 == 0 ? "nursing" : "medicine",
              i % 3 == 0 ? Ownership.PRIVATE : Ownership.PUBLIC,
              Region.values()[i % 4],
              String.valueOf(random.nextInt(1000) / 10.0)));
    }
    PeerIndex index = new PeerIndex(cohort);
    PeerGroupSpec privateWest = DISCIPLINE.withOwnership(Ownership.PRIVATE).withRegion(Region.WEST);
    for (SchoolEntry subject : cohort.subList(0, 20)) {
      List<SchoolEntry> others =
          cohort.stream().filter(s -> !s.code().equals(subject.code())).toList();
      for (PeerGroupSpec spec : List.of(DISCIPLINE, PeerGroupSpec.of(Scope.ALL), privateWest)) {
        PeerGroupResult shared = K5.benchmark(subject, index, Set.of(), spec, new Random(1), true);
        PeerGroupResult alone = K5.benchmark(subject, others, spec, new Random(1));
        assertEquals(alone, shared, subject.code() + " in " + spec);
      }
    }
  }

  @Test
  void aFigureOnAKeptIndexLeavesEachSchoolOutAsAFreshIndexDoes() {
    List<SchoolEntry> cohort = peers(12, Ownership.PUBLIC, Region.WEST, 0);
    Function<SchoolEntry, Optional<BigDecimal>> figure =
        s -> s.code().endsWith("3") ? Optional.empty() : s.scores().of(Scores.OVERALL);
    PeerIndex kept = new PeerIndex(cohort);
    for (SchoolEntry subject : cohort) {
      Optional<Distribution> alone =
          K5.distribution(subject, new PeerIndex(cohort), Set.of(), DISCIPLINE, "overall+", figure);
      Optional<Distribution> shared =
          K5.distribution(subject, kept, Set.of(), DISCIPLINE, "overall+", figure);
      assertEquals(alone, shared, subject.code());
      // Eleven peers, one of them (MED-13) without a value unless it is the school itself.
      assertEquals(subject.code().equals("MED-13") ? 11 : 10, shared.orElseThrow().n());
    }
  }
}
