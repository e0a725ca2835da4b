package org.socialmission.metrics.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.Scores;

/**
 * Everything a school's benchmark workbook shows, already anonymized: the school's own answers and
 * scores, its peer groups as {@link PeerGroupResult}s (figures or suppression reasons, pseudonymous
 * rows), the peers' answers in aggregate, the trend over cycles and the method texts. It holds no
 * peer's name, code or free text; {@link BenchmarkWorkbookWriter} only lays it out.
 *
 * @param discipline the discipline code, e.g. {@code medicine}
 * @param cycle the year of the assessment cycle reported on
 * @param release the benchmark release the peer figures come from; empty when there is none yet
 * @param generatedAt when the release was published, or when the report was made without one
 * @param k the smallest number of peers any figure rests on
 * @param own the school's scores in this cycle
 * @param sections one per modality, in questionnaire order; none in a summary (pages and the JSON),
 *     which has no per-peer rows either
 * @param trend the school's scores per cycle, oldest first, this cycle included
 * @param insights next steps, crosswalk views and data quality of the school's own answers
 */
public record BenchmarkReport(
    String schoolName,
    String schoolCode,
    String discipline,
    int cycle,
    String questionnaireId,
    int questionnaireVersion,
    Optional<ReleaseStamp> release,
    Instant generatedAt,
    int k,
    Scores own,
    List<PeerGroupResult> groups,
    List<ModalitySection> sections,
    List<TrendPoint> trend,
    List<MethodNote> method,
    Insights insights) {

  /** Requires every part and freezes the lists. */
  public BenchmarkReport {
    Objects.requireNonNull(schoolName, "schoolName");
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(questionnaireId, "questionnaireId");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(own, "own");
    groups = List.copyOf(groups);
    sections = List.copyOf(sections);
    trend = List.copyOf(trend);
    method = List.copyOf(method);
    Objects.requireNonNull(insights, "insights");
  }

  /** A report without insights (next steps, frameworks, data quality). */
  public BenchmarkReport(
      String schoolName,
      String schoolCode,
      String discipline,
      int cycle,
      String questionnaireId,
      int questionnaireVersion,
      Optional<ReleaseStamp> release,
      Instant generatedAt,
      int k,
      Scores own,
      List<PeerGroupResult> groups,
      List<ModalitySection> sections,
      List<TrendPoint> trend,
      List<MethodNote> method) {
    this(
        schoolName,
        schoolCode,
        discipline,
        cycle,
        questionnaireId,
        questionnaireVersion,
        release,
        generatedAt,
        k,
        own,
        groups,
        sections,
        trend,
        method,
        Insights.NONE);
  }

  /** This report with these insights. */
  public BenchmarkReport withInsights(Insights more) {
    return new BenchmarkReport(
        schoolName,
        schoolCode,
        discipline,
        cycle,
        questionnaireId,
        questionnaireVersion,
        release,
        generatedAt,
        k,
        own,
        groups,
        sections,
        trend,
        method,
        more);
  }

  /**
   * The title of each measure in {@link Scores#MEASURES} order: "Overall", then modality titles.
   */
  public Map<String, String> measureTitles() {
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put(Scores.OVERALL, "Overall");
    sections.forEach(s -> titles.put(s.modalityId(), s.title()));
    return titles;
  }

  /** Which release the peer figures come from, or that there is none yet, in one sentence. */
  public String releaseText() {
    return releaseText(release);
  }

  /** Which release peer figures come from, or that there is none yet, in one sentence. */
  public static String releaseText(Optional<ReleaseStamp> release) {
    return release
        .map(ReleaseStamp::label)
        .orElse(
            "None yet: peer figures appear once initiative staff publish a benchmark release of"
                + " this cycle.");
  }

  /** One cycle of the school's trend. */
  public record TrendPoint(int cycle, Scores scores) {}

  /** One paragraph of the Method sheet. */
  public record MethodNote(String heading, String text) {}
}
