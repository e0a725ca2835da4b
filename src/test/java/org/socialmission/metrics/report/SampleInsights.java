package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.benchmark.MeasureResult;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.PeerIndex;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.Framework;
import org.socialmission.metrics.scoring.QualityShares;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * The insight sheets of {@link SampleWorkbook}: the next steps against the discipline's peers, both
 * crosswalk views with the peers' medians, and data quality as if the school had marked its debt
 * answers as estimates and its admissions answers as verified, with a document or link beside a few
 * of them. Built by the same pure code as the server's {@code InsightService}.
 */
final class SampleInsights {

  private SampleInsights() {}

  static Insights of(QuestionnaireCatalog catalog, ReportRequest request, BenchmarkReport report) {
    var questionnaire = request.questionnaire();
    ScoreCard card = QuestionnaireScorer.score(questionnaire, request.answers());
    NextSteps plan =
        NextStepsPlanner.plan(
            questionnaire, catalog.guidance(questionnaire.key()), card, quartiles(report));
    SchoolEntry school =
        request.cohort().stream()
            .map(PeerSubmission::school)
            .filter(s -> s.code().equals(request.schoolCode()))
            .findFirst()
            .orElseThrow();
    List<SchoolEntry> cohort = request.cohort().stream().map(PeerSubmission::school).toList();
    List<FrameworkView> frameworks =
        List.of(Framework.THENET, Framework.ASPIRE).stream()
            .map(
                f ->
                    FrameworkViews.of(
                        questionnaire,
                        card,
                        f,
                        Optional.of(
                            new FrameworkViews.Peers(
                                new PeerAnonymizer(report.k()),
                                school,
                                new PeerIndex(cohort),
                                Set.of(),
                                PeerGroupSpec.of(PeerGroupSpec.Scope.DISCIPLINE),
                                partScores(catalog, request, f))),
                        ""))
            .toList();
    Map<String, DataQuality> marks = new LinkedHashMap<>();
    Map<String, List<String>> evidence = new HashMap<>();
    for (Question question : questionnaire.questions()) {
      if (!request.answers().containsKey(question.id())) {
        continue;
      }
      if (question.modalityId().equals("debt")) {
        marks.put(question.id(), DataQuality.ESTIMATE);
        evidence.put(question.id(), List.of("Financial aid office, estimate of fall 2026"));
      } else if (question.modalityId().equals("admissions")) {
        marks.put(question.id(), DataQuality.VERIFIED);
        evidence.put(
            question.id(),
            List.of("Admissions report 2026.pdf", "https://www.example.edu/admissions/report"));
      }
    }
    List<EvidenceLine> lines =
        questionnaire.questions().stream()
            .filter(q -> marks.containsKey(q.id()))
            .map(
                q ->
                    new EvidenceLine(
                        q.modalityId(),
                        q.text(),
                        AnswerCodec.display(q, request.answers().get(q.id()), Locale.ENGLISH),
                        Optional.of(marks.get(q.id())),
                        evidence.get(q.id())))
            .toList();
    return new Insights(plan, frameworks, Optional.of(QualityShares.of(card, marks)), lines);
  }

  /** The modalities' quartiles in the report's first group (the discipline). */
  private static Map<String, Quartile> quartiles(BenchmarkReport report) {
    Map<String, Quartile> quartiles = new HashMap<>();
    if (report.groups().get(0) instanceof PeerGroupResult.Reported reported) {
      for (MeasureResult measure : reported.measures()) {
        measure
            .comparison()
            .flatMap(c -> c.standing())
            .ifPresent(s -> quartiles.put(measure.measureId(), s.quartile()));
      }
    }
    return quartiles;
  }

  /** Part scores of the schools of the subject's discipline (the only answers a peer shows). */
  private static Map<String, Map<String, BigDecimal>> partScores(
      QuestionnaireCatalog catalog, ReportRequest request, Framework framework) {
    Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
    for (PeerSubmission peer : request.cohort()) {
      if (peer.school().discipline().equals(request.discipline())) {
        Map<String, Answer> answers =
            peer.school().code().equals(request.schoolCode())
                ? request.answers()
                : peer.shownAnswers();
        ScoreCard card = QuestionnaireScorer.score(request.questionnaire(), answers);
        scores.put(
            peer.school().code(),
            FrameworkViews.partScores(request.questionnaire(), card, framework));
      }
    }
    return scores;
  }
}
