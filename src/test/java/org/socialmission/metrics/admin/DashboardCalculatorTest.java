package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.admin.DashboardCalculator.SchoolScores;
import org.socialmission.metrics.benchmark.Scores;

class DashboardCalculatorTest {

  private static SchoolScores school(
      String code, String ownership, String region, String overall, String mission) {
    return new SchoolScores(
        code,
        ownership,
        region,
        new Scores(
            Map.of(Scores.OVERALL, new BigDecimal(overall), "mission", new BigDecimal(mission))));
  }

  @Test
  void histogramPutsEachOverallScoreInItsTenthAndOneHundredInTheLast() {
    var schools =
        List.of(
            school("A", "PUBLIC", "WEST", "0", "0"),
            school("B", "PUBLIC", "WEST", "9.99", "0"),
            school("C", "PUBLIC", "WEST", "10", "0"),
            school("D", "PRIVATE", "SOUTH", "100", "0"));
    assertEquals(List.of(2, 1, 0, 0, 0, 0, 0, 0, 0, 1), DashboardCalculator.histogram(schools));
  }

  @Test
  void meansByOwnershipAndRegionAndChangeFromThePreviousCycle() {
    var now =
        List.of(
            school("A", "PUBLIC", "WEST", "60", "50"),
            school("B", "PUBLIC", "SOUTH", "40", "70"),
            school("C", "PRIVATE", "SOUTH", "30", "20"));
    var before =
        List.of(
            school("A", "PUBLIC", "WEST", "50", "50"), school("C", "PRIVATE", "SOUTH", "40", "10"));
    var dashboard = DashboardCalculator.calculate(now, before);
    assertEquals(0, new BigDecimal("50").compareTo(dashboard.meanByOwnership().get("PUBLIC")));
    assertEquals(0, new BigDecimal("35").compareTo(dashboard.meanByRegion().get("SOUTH")));
    var overall = dashboard.measures().get(0);
    assertEquals(3, overall.n());
    assertEquals(0, new BigDecimal("40").compareTo(overall.median()));
    assertEquals(2, overall.comparedSchools());
    assertEquals(0, BigDecimal.ZERO.compareTo(overall.meanChange()), "(+10 − 10) / 2");
    var pipeline = dashboard.measures().get(2);
    assertEquals(0, pipeline.n());
    assertNull(pipeline.median());
  }
}
