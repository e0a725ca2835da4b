package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.socialmission.metrics.benchmark.AnswerProfile;
import org.socialmission.metrics.benchmark.AnswerProfiler;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.PeerGroupSpec.Scope;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.report.BenchmarkReport.TrendPoint;
import org.socialmission.metrics.report.ModalitySection.QuestionLine;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * A hand-made report: the school scores 60 everywhere but debt (undefined); six medical peers score
 * 10, 20, 30, 40, 50 and 70 (median 35), all in the Midwest; the West group is therefore empty and
 * suppressed. The mission section carries formula-like answers.
 */
final class ReportFixture {

  static final String SCHOOL_NAME = "Riverbend School of Medicine";
  static final List<String> FORMULA_LIKE =
      List.of("=HYPERLINK(\"https://example.org\",\"plan\")", "+1 program", "-2 closed", "@plan");

  static final ReleaseStamp RELEASE =
      new ReleaseStamp(2026, 2, Instant.parse("2026-03-01T10:15:00Z"));

  private ReportFixture() {}

  static List<SchoolEntry> peers() {
    List<SchoolEntry> peers = new ArrayList<>();
    int[] overall = {10, 20, 30, 40, 50, 70};
    for (int i = 0; i < overall.length; i++) {
      peers.add(entry("MED-10" + i, overall[i]));
    }
    return peers;
  }

  static SchoolEntry entry(String code, int score) {
    Map<String, BigDecimal> scores = new HashMap<>();
    Scores.MEASURES.forEach(m -> scores.put(m, BigDecimal.valueOf(score)));
    return new SchoolEntry(
        code, "medicine", Ownership.PUBLIC, Region.MIDWEST, 600, new Scores(scores));
  }

  static Scores own() {
    Map<String, BigDecimal> scores = new HashMap<>();
    Scores.MEASURES.stream()
        .filter(m -> !m.equals("debt"))
        .forEach(m -> scores.put(m, new BigDecimal("60")));
    return new Scores(scores);
  }

  static BenchmarkReport report() {
    return report(own());
  }

  /** The report of a school with these scores. */
  static BenchmarkReport report(Scores own) {
    SchoolEntry subject =
        new SchoolEntry("MED-0001", "medicine", Ownership.PUBLIC, Region.WEST, 640, own);
    PeerGroupSpec discipline = PeerGroupSpec.of(Scope.DISCIPLINE);
    var groups =
        new PeerAnonymizer(5)
            .benchmark(
                subject,
                peers(),
                List.of(discipline, discipline.withRegion(Region.WEST)),
                new Random(1));
    List<ModalitySection> sections = new ArrayList<>();
    for (String id : Modality.IDS) {
      sections.add(new ModalitySection(id, "Title of " + id, own.of(id), lines(id)));
    }
    Map<String, BigDecimal> earlier = Map.of(Scores.OVERALL, new BigDecimal("52.25"));
    return new BenchmarkReport(
        SCHOOL_NAME,
        "MED-0001",
        "medicine",
        2026,
        "medicine",
        1,
        Optional.of(RELEASE),
        RELEASE.publishedAt(),
        5,
        own,
        groups,
        sections,
        List.of(new TrendPoint(2023, new Scores(earlier)), new TrendPoint(2026, own)),
        MethodTexts.notes(5, Labels.questionnaire("medicine", 1), Optional.of(RELEASE)));
  }

  private static List<QuestionLine> lines(String modalityId) {
    List<QuestionLine> lines = new ArrayList<>();
    lines.add(
        new QuestionLine(
            "Does the school do it?",
            "Yes",
            Optional.of(BigDecimal.ONE),
            Optional.of(BigDecimal.ONE),
            new AnswerProfile.Shares(
                6, List.of(new AnswerProfile.Share("Yes", new BigDecimal("50"))))));
    if (modalityId.equals("mission")) {
      for (String text : FORMULA_LIKE) {
        lines.add(
            new QuestionLine(
                "Evidence",
                text,
                Optional.empty(),
                Optional.empty(),
                new AnswerProfile.Withheld(AnswerProfiler.FREE_TEXT)));
      }
    }
    return lines;
  }
}
