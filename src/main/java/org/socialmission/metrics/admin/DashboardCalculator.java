package org.socialmission.metrics.admin;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialmission.metrics.benchmark.DistributionCalculator;
import org.socialmission.metrics.benchmark.Scores;

/**
 * The figures of the staff dashboard for one cycle and discipline, from the schools' scores: how
 * overall scores spread (counts per tenth), each measure's quartiles, means by ownership and by
 * region, and the change from each school's previous cycle. Plain Java, identified data: for staff.
 */
public final class DashboardCalculator {

  /** One school's scores with the attributes the dashboard groups by. */
  public record SchoolScores(String code, String ownership, String region, Scores scores) {}

  /** A measure's spread and its change from the previous cycle among schools that have both. */
  public record MeasureSummary(
      String measure,
      int n,
      BigDecimal p25,
      BigDecimal median,
      BigDecimal p75,
      BigDecimal mean,
      Integer comparedSchools,
      BigDecimal meanChange) {}

  /** The dashboard's figures. */
  public record Dashboard(
      int schools,
      List<Integer> overallHistogram,
      List<MeasureSummary> measures,
      Map<String, BigDecimal> meanByOwnership,
      Map<String, BigDecimal> meanByRegion) {}

  private static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_UP);

  private DashboardCalculator() {}

  public static Dashboard calculate(List<SchoolScores> current, List<SchoolScores> previous) {
    Map<String, SchoolScores> before =
        previous.stream().collect(Collectors.toMap(SchoolScores::code, Function.identity()));
    List<MeasureSummary> measures = new ArrayList<>();
    for (String measure : Scores.MEASURES) {
      measures.add(summary(measure, current, before));
    }
    return new Dashboard(
        current.size(),
        histogram(current),
        measures,
        meanBy(current, SchoolScores::ownership),
        meanBy(current, SchoolScores::region));
  }

  /** How many schools' overall scores fall in 0–10, 10–20 … 90–100 (100 in the last). */
  static List<Integer> histogram(List<SchoolScores> schools) {
    int[] bins = new int[10];
    schools.forEach(
        s ->
            s.scores()
                .of(Scores.OVERALL)
                .ifPresent(
                    v ->
                        bins[
                            Math.min(
                                9, v.divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).intValue())]++));
    return Arrays.stream(bins).boxed().toList();
  }

  private static MeasureSummary summary(
      String measure, List<SchoolScores> current, Map<String, SchoolScores> before) {
    List<BigDecimal> values =
        current.stream().flatMap(s -> s.scores().of(measure).stream()).toList();
    List<BigDecimal> changes =
        current.stream().flatMap(s -> change(s, before.get(s.code()), measure).stream()).toList();
    if (values.isEmpty()) {
      return new MeasureSummary(measure, 0, null, null, null, null, changes.size(), mean(changes));
    }
    var d = DistributionCalculator.describe(values);
    return new MeasureSummary(
        measure, d.n(), d.p25(), d.median(), d.p75(), d.mean(), changes.size(), mean(changes));
  }

  private static Optional<BigDecimal> change(SchoolScores now, SchoolScores then, String measure) {
    if (then == null) {
      return Optional.empty();
    }
    return now.scores().of(measure).flatMap(a -> then.scores().of(measure).map(a::subtract));
  }

  private static Map<String, BigDecimal> meanBy(
      List<SchoolScores> schools, Function<SchoolScores, String> key) {
    Map<String, List<BigDecimal>> groups = new TreeMap<>();
    schools.forEach(
        s ->
            s.scores()
                .of(Scores.OVERALL)
                .ifPresent(
                    v -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(v)));
    Map<String, BigDecimal> means = new LinkedHashMap<>();
    groups.forEach((k, v) -> means.put(k, mean(v)));
    return means;
  }

  static BigDecimal mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), PRECISION);
  }
}
