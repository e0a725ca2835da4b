package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.socialmission.metrics.benchmark.AnswerColumns;
import org.socialmission.metrics.benchmark.AnswerProfile;
import org.socialmission.metrics.benchmark.AnswerProfile.Withheld;
import org.socialmission.metrics.benchmark.AnswerProfiler;
import org.socialmission.metrics.benchmark.AnswerTally;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.PeerGroupSpec.Scope;
import org.socialmission.metrics.benchmark.PeerIndex;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.report.BenchmarkReport.TrendPoint;
import org.socialmission.metrics.report.ModalitySection.QuestionLine;
import org.socialmission.metrics.scoring.QuestionScore;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Builds a {@link BenchmarkReport} from a {@link ReportRequest}: scores the school, forms and
 * anonymizes its peer groups from the release's schools, profiles the peers' answers per question
 * (over the school's unfiltered discipline group, and only when that group is reported) and adds
 * trend and method texts. Without a release every group says that there is none yet. Pure: the
 * caller loads the data and supplies the random generator and the time; with the same request,
 * generator seed and time the report is the same. Usage:
 *
 * <pre>{@code
 * BenchmarkReport report = new BenchmarkReportAssembler(new PeerAnonymizer(5))
 *     .assemble(request, new SplittableRandom(seedOfReleaseAndSchool), release.publishedAt());
 * new BenchmarkWorkbookWriter().write(report, out);
 * }</pre>
 */
public final class BenchmarkReportAssembler {

  private final PeerAnonymizer anonymizer;
  private final AnswerProfiler profiler;

  /** An assembler applying this anonymizer's k everywhere. */
  public BenchmarkReportAssembler(PeerAnonymizer anonymizer) {
    this.anonymizer = anonymizer;
    this.profiler = new AnswerProfiler(anonymizer.k());
  }

  /** The note of every group when the cycle has no benchmark release yet. */
  public static final String NO_RELEASE =
      "No benchmark release yet: peer figures appear once initiative staff publish a release of"
          + " this cycle.";

  /**
   * The report of the request; pseudonyms are drawn from {@code random}.
   *
   * @param generatedAt when the release was published (or now, without a release)
   */
  public BenchmarkReport assemble(
      ReportRequest request, RandomGenerator random, Instant generatedAt) {
    PeerIndex index = new PeerIndex(request.cohort().stream().map(PeerSubmission::school).toList());
    return assemble(request, index, new CohortAnswers(request.cohort()), random, generatedAt, true);
  }

  /**
   * The report of the request, its peer groups taken from an index of the request's cohort and its
   * peers' answers from the cohort's answers arranged per question, both of which the caller keeps
   * (a release builds them once for its lifetime).
   *
   * @param full the whole report for the workbook: per-peer rows and the peers' answers per
   *     question, whose cost grows with the cohort; otherwise a summary for pages and the JSON,
   *     with each group's figures only and no sections
   */
  public BenchmarkReport assemble(
      ReportRequest request,
      PeerIndex index,
      CohortAnswers answers,
      RandomGenerator random,
      Instant generatedAt,
      boolean full) {
    Questionnaire questionnaire = request.questionnaire();
    ScoreCard card = QuestionnaireScorer.score(questionnaire, request.answers());
    SchoolEntry subject = subject(request, Scores.of(card));
    List<PeerGroupResult> groups =
        request.release().isEmpty()
            ? request.groups().stream().map(spec -> noRelease(spec, subject)).toList()
            : request.groups().stream()
                .map(
                    spec ->
                        anonymizer.benchmark(
                            subject, index, request.withheld(), spec, random, full))
                .toList();
    List<ModalitySection> sections = new ArrayList<>();
    if (full) {
      PeerAnswers peers = peerAnswers(request, subject, index, answers, random);
      for (Modality modality : questionnaire.modalities()) {
        sections.add(section(modality, request, card, peers));
      }
    }
    return new BenchmarkReport(
        request.schoolName(),
        request.schoolCode(),
        request.discipline(),
        request.cycle(),
        questionnaire.id(),
        questionnaire.version(),
        request.release(),
        generatedAt,
        anonymizer.k(),
        subject.scores(),
        groups,
        sections,
        trend(request, subject.scores()),
        MethodTexts.notes(
            anonymizer.k(),
            Labels.questionnaire(questionnaire.id(), questionnaire.version()),
            request.release()));
  }

  private static SchoolEntry subject(ReportRequest request, Scores scores) {
    return new SchoolEntry(
        request.schoolCode(),
        request.discipline(),
        request.ownership(),
        request.region(),
        request.enrollment(),
        scores);
  }

  /** A group's figures without a release: none yet, and why. */
  public static PeerGroupResult noRelease(PeerGroupSpec spec, SchoolEntry subject) {
    return new PeerGroupResult.Suppressed(spec, spec.label(subject.discipline()), NO_RELEASE);
  }

  private PeerAnswers peerAnswers(
      ReportRequest request,
      SchoolEntry subject,
      PeerIndex index,
      CohortAnswers answers,
      RandomGenerator random) {
    if (request.release().isEmpty()) {
      return PeerAnswers.withheld(NO_RELEASE);
    }
    PeerGroupResult group =
        anonymizer.benchmark(
            subject, index, request.withheld(), PeerGroupSpec.of(Scope.DISCIPLINE), random, false);
    if (group instanceof PeerGroupResult.Suppressed suppressed) {
      return PeerAnswers.withheld(suppressed.reason());
    }
    return PeerAnswers.of(answers.of(request.discipline()), request.schoolCode());
  }

  private ModalitySection section(
      Modality modality, ReportRequest request, ScoreCard card, PeerAnswers peers) {
    List<QuestionLine> lines = new ArrayList<>();
    for (Question question : modality.questions()) {
      QuestionScore score = card.question(question.id());
      String answer = AnswerText.of(question, score.status(), request.answers().get(question.id()));
      boolean counts = question.type().isScored() && score.max().signum() > 0;
      Optional<BigDecimal> points = counts ? Optional.of(score.points()) : Optional.empty();
      Optional<BigDecimal> max = counts ? Optional.of(score.max()) : Optional.empty();
      lines.add(new QuestionLine(question.text(), answer, points, max, profile(question, peers)));
    }
    Optional<BigDecimal> own = Scores.of(card).of(modality.id());
    return new ModalitySection(modality.id(), modality.title(), own, lines);
  }

  private AnswerProfile profile(Question question, PeerAnswers peers) {
    return peers
        .withheldBecause()
        .<AnswerProfile>map(Withheld::new)
        .orElseGet(() -> profiler.profile(question, peers.tally(question.id())));
  }

  private static List<TrendPoint> trend(ReportRequest request, Scores current) {
    Map<Integer, Scores> cycles = new TreeMap<>(request.earlierCycles());
    cycles.put(request.cycle(), current);
    return cycles.entrySet().stream().map(e -> new TrendPoint(e.getKey(), e.getValue())).toList();
  }

  /**
   * The discipline's shown answers with the subject left out, or why they may not be used.
   *
   * @param subject the code of the school reported on, never its own peer
   */
  private record PeerAnswers(
      Optional<String> withheldBecause, AnswerColumns discipline, String subject) {

    static PeerAnswers withheld(String reason) {
      return new PeerAnswers(Optional.of(reason), new AnswerColumns(Map.of()), "");
    }

    static PeerAnswers of(AnswerColumns discipline, String subject) {
      return new PeerAnswers(Optional.empty(), discipline, subject);
    }

    /** The answers of the peers to whom the question was shown and who answered it. */
    AnswerTally tally(String questionId) {
      return discipline.tally(questionId, subject);
    }
  }
}
