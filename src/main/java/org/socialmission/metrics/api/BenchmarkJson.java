package org.socialmission.metrics.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialmission.metrics.benchmark.Distribution;
import org.socialmission.metrics.benchmark.MeasureResult;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.SizeBands;
import org.socialmission.metrics.benchmark.Standing;
import org.socialmission.metrics.report.BenchmarkReport;

/**
 * A benchmark as JSON: the same figures as the workbook's Summary sheet, rounded to one decimal,
 * never a peer's identity. Suppressed groups and measures carry only their reason. It names the
 * release the peer figures come from and holds nothing that changes between two requests of the
 * same release and school (no time of the request).
 */
public final class BenchmarkJson {

  private BenchmarkJson() {}

  /**
   * A school's benchmark.
   *
   * @param release the release the peer figures come from; absent when the cycle has none yet
   * @param sizeBands the enrollment bands groups may be filtered on ({@code size} parameter)
   */
  public record Benchmark(
      String school,
      int cycle,
      String questionnaire,
      int questionnaireVersion,
      int k,
      Release release,
      List<SizeBand> sizeBands,
      List<Group> groups) {}

  /** Which release: its number within the cycle and when staff published it. */
  public record Release(int cycle, int number, Instant publishedAt, String label) {}

  /** An enrollment band: its {@code size} parameter and its range. */
  public record SizeBand(String id, String label) {}

  /**
   * One peer group.
   *
   * @param n peers in the group; absent when suppressed (the size alone could identify schools)
   * @param reason why the group is not shown; absent when reported
   */
  public record Group(
      String label,
      String scope,
      String ownership,
      String region,
      String size,
      boolean reported,
      Integer n,
      String reason,
      List<Measure> measures) {}

  /** Overall or one modality: the school's score beside the peers' distribution. */
  public record Measure(
      String measure,
      BigDecimal own,
      Integer n,
      BigDecimal min,
      BigDecimal p25,
      BigDecimal median,
      BigDecimal p75,
      BigDecimal max,
      BigDecimal mean,
      BigDecimal percentileRank,
      String quartile,
      String note) {}

  public static Benchmark of(BenchmarkReport report, SizeBands bands) {
    return new Benchmark(
        report.schoolCode(),
        report.cycle(),
        report.questionnaireId(),
        report.questionnaireVersion(),
        report.k(),
        report
            .release()
            .map(r -> new Release(r.cycle(), r.number(), r.publishedAt(), r.label()))
            .orElse(null),
        bands.isFilter()
            ? bands.bands().stream().map(b -> new SizeBand(b.id(), b.label())).toList()
            : List.of(),
        report.groups().stream().map(BenchmarkJson::group).toList());
  }

  private static Group group(PeerGroupResult result) {
    var spec = result.spec();
    String ownership = spec.ownership().map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(null);
    String region = spec.region().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null);
    String size = spec.size().map(b -> b.id()).orElse(null);
    String scope = spec.scope().name().toLowerCase(Locale.ROOT);
    if (result instanceof PeerGroupResult.Reported reported) {
      return new Group(
          result.label(),
          scope,
          ownership,
          region,
          size,
          true,
          reported.n(),
          null,
          reported.measures().stream().map(BenchmarkJson::measure).toList());
    }
    return new Group(
        result.label(),
        scope,
        ownership,
        region,
        size,
        false,
        null,
        ((PeerGroupResult.Suppressed) result).reason(),
        List.of());
  }

  private static Measure measure(MeasureResult m) {
    Optional<Distribution> d = m.comparison().map(c -> c.peers());
    Optional<Standing> s = m.comparison().flatMap(c -> c.standing());
    return new Measure(
        m.measureId(),
        m.own().orElse(null),
        d.map(Distribution::n).orElse(null),
        d.map(Distribution::min).orElse(null),
        d.map(Distribution::p25).orElse(null),
        d.map(Distribution::median).orElse(null),
        d.map(Distribution::p75).orElse(null),
        d.map(Distribution::max).orElse(null),
        d.map(Distribution::mean).orElse(null),
        s.map(Standing::percentileRank).orElse(null),
        s.map(st -> st.quartile().label()).orElse(null),
        m.suppressedBecause().orElse(null));
  }
}
