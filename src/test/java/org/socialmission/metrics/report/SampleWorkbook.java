package org.socialmission.metrics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.admin.peers.GeneratedSchool;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.PeerGroupSpec.Scope;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * A developer tool, kept in test sources: writes a sample benchmark workbook for one demo peer
 * school, compared with the other 241, without a server or database. Run it as {@code
 * reports/README.md} shows:
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.socialmission.metrics.report.SampleWorkbook reports/sample-benchmark.xlsx MED-0002"
 * </pre>
 *
 * <p>Arguments: the output file, then optionally a demo school code (default {@code MED-0002}) and
 * a seed (default 2019). Questionnaires are read from {@code questionnaires/} (system property
 * {@code smm.questionnaires} overrides it). Cycles 2026 and 2023; peer groups: discipline, all
 * schools, and the discipline filtered on the school's ownership, its region, and both; the peers
 * are those of {@link #RELEASE}, and the workbook is the same on every run. The insight sheets
 * (next steps, frameworks, data quality, evidence) come from {@link SampleInsights}. It lives in
 * test sources because it reaches into {@code admin.peers}, which the report package must not
 * depend on, and because the war has no use for it.
 */
public final class SampleWorkbook {

  /** The cycle reported on. */
  public static final int CYCLE = 2026;

  /** The earlier cycle of the trend. */
  public static final int EARLIER = 2023;

  /** The benchmark release the sample's peers come from: the first of {@link #CYCLE}. */
  public static final ReleaseStamp RELEASE =
      new ReleaseStamp(CYCLE, 1, Instant.parse("2026-07-01T10:00:00Z"));

  private SampleWorkbook() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: SampleWorkbook <output.xlsx> [school-code] [seed]");
      System.exit(2);
    }
    Path output = Path.of(args[0]);
    String code = args.length > 1 ? args[1] : "MED-0002";
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2019L;
    QuestionnaireCatalog catalog =
        QuestionnaireCatalog.load(
            Path.of(System.getProperty("smm.questionnaires", "questionnaires")));
    List<GeneratedSchool> schools = new DemoPeerGenerator(catalog).generate(seed, CYCLE, EARLIER);
    ReportRequest request = request(catalog, schools, code);
    BenchmarkReport report =
        new BenchmarkReportAssembler(new PeerAnonymizer(PeerAnonymizer.MINIMUM_K))
            .assemble(request, new SplittableRandom(seed), RELEASE.publishedAt());
    report = report.withInsights(SampleInsights.of(catalog, request, report));
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (OutputStream out = Files.newOutputStream(output)) {
      new BenchmarkWorkbookWriter().write(report, out);
    }
    System.out.println("Wrote " + output + " for " + code);
  }

  /** The request of one generated school among the others, in {@link #CYCLE}. */
  public static ReportRequest request(
      QuestionnaireCatalog catalog, List<GeneratedSchool> schools, String code) {
    GeneratedSchool school =
        schools.stream()
            .filter(s -> s.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no demo school " + code));
    Questionnaire questionnaire = questionnaire(catalog, school);
    List<PeerSubmission> cohort =
        schools.stream().map(s -> submission(catalog, s, school.discipline())).toList();
    Scores earlier = Scores.of(QuestionnaireScorer.score(questionnaire, school.answers(EARLIER)));
    PeerGroupSpec discipline = PeerGroupSpec.of(Scope.DISCIPLINE);
    List<PeerGroupSpec> groups =
        List.of(
            discipline,
            PeerGroupSpec.of(Scope.ALL),
            discipline.withOwnership(school.ownership()),
            discipline.withRegion(school.region()),
            discipline.withOwnership(school.ownership()).withRegion(school.region()));
    return new ReportRequest(
        school.name(),
        school.code(),
        school.discipline(),
        school.ownership(),
        school.region(),
        school.enrollment(),
        CYCLE,
        questionnaire,
        school.answers(CYCLE),
        Map.of(EARLIER, earlier),
        Optional.of(RELEASE),
        cohort,
        Set.of(),
        groups);
  }

  private static PeerSubmission submission(
      QuestionnaireCatalog catalog, GeneratedSchool school, String subjectDiscipline) {
    Map<String, Answer> answers = school.answers(CYCLE);
    Questionnaire questionnaire = questionnaire(catalog, school);
    ScoreCard card = QuestionnaireScorer.score(questionnaire, answers);
    Scores scores = Scores.of(card);
    SchoolEntry entry =
        new SchoolEntry(
            school.code(),
            school.discipline(),
            school.ownership(),
            school.region(),
            school.enrollment(),
            scores);
    return new PeerSubmission(
        entry,
        school.discipline().equals(subjectDiscipline)
            ? PeerSubmission.shown(questionnaire, answers, card)
            : Map.of());
  }

  private static Questionnaire questionnaire(QuestionnaireCatalog catalog, GeneratedSchool school) {
    return catalog.current(Discipline.ofCode(school.discipline()).orElseThrow()).orElseThrow();
  }
}
