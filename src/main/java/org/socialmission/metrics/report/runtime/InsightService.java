package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.benchmark.MeasureResult;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.WhatIf;
import org.socialmission.metrics.benchmark.WhatIfSearch;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireLibrary;
import org.socialmission.metrics.report.BenchmarkReportAssembler;
import org.socialmission.metrics.report.EvidenceLine;
import org.socialmission.metrics.report.FrameworkView;
import org.socialmission.metrics.report.FrameworkViews;
import org.socialmission.metrics.report.Insights;
import org.socialmission.metrics.report.NextSteps;
import org.socialmission.metrics.report.NextStepsPlanner;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.Framework;
import org.socialmission.metrics.scoring.QualityShares;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * What a school does with its results beyond the benchmark: the what-if (dean and staff: it rests
 * on peers), the next-steps plan and the crosswalk views (the whole team; quartiles and peer
 * medians only for the dean and staff), and the data quality of its own answers. The school's
 * answers are live; peers come only from the cycle's latest benchmark release, under the same
 * anonymity rules as the benchmark. Nothing here writes anything.
 */
@ApplicationScoped
public class InsightService {

  private static final int KEPT_PART_SCORES = 16;
  private static final int KEPT_WHAT_IFS = 1024;

  @Inject private AssessmentService assessments;
  @Inject private AssessmentQueries queries;
  @Inject private ReleaseCache cache;
  @Inject private ReleaseService releaseService;
  @Inject private QuestionnaireLibrary library;
  @Inject private RequestReads reads;

  /** Part scores of released schools by release id and framework; releases never change. */
  private final Map<String, Map<String, Map<String, BigDecimal>>> partScores =
      recentlyUsed(KEPT_PART_SCORES);

  /**
   * What-ifs by everything a search reads: a school's results page searches once per state of its
   * answers, profile, release and peer group, not on every visit.
   */
  private final Map<WhatIfKey, WhatIf> whatIfs = recentlyUsed(KEPT_WHAT_IFS);

  /** The peer group parameters of a request, as the benchmark reads them. */
  public record Group(String group, String ownership, String region, String size) {

    /** The default: the school's discipline, unfiltered. */
    public static final Group DEFAULT = new Group("discipline", null, null, null);
  }

  /** A what-if with what it was computed against. */
  public record WhatIfResult(
      WhatIf whatIf,
      Optional<ReleaseStamp> release,
      String groupLabel,
      Questionnaire questionnaire) {}

  /** A plan with what its quartiles were computed against. */
  public record PlanResult(
      NextSteps plan, Optional<ReleaseStamp> release, String groupLabel, boolean peersShown) {}

  /**
   * What would move a measure up to the next quartile of the group (the school's dean and staff).
   *
   * @throws AccessDeniedException for anyone else
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WhatIfResult whatIf(
      SignedInUser user, String schoolCode, int cycle, String measure, Group group) {
    BenchmarkService.requireLeads(user, schoolCode);
    return whatIf(user, snapshot(user, schoolCode, cycle), measure, group);
  }

  /** {@link #whatIf} of an assessment the caller has just read (the results page). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WhatIfResult whatIf(
      SignedInUser user, AssessmentSnapshot own, String measure, Group group) {
    BenchmarkService.requireLeads(user, own.schoolCode());
    PeerContext context = reads.context(user, own, group);
    WhatIf whatIf =
        context.release().isEmpty()
            ? noRelease(measure)
            : whatIf(context, context.release().get(), measure);
    return new WhatIfResult(whatIf, context.stamp(), context.label(), context.questionnaire());
  }

  /**
   * The what-if of a context, searched once per key. The search runs outside the map's lock, so one
   * school's search never holds up another's; two requests at once may both search.
   */
  private WhatIf whatIf(PeerContext context, LoadedRelease release, String measure) {
    WhatIfKey key =
        new WhatIfKey(
            release.id(),
            context.snapshot().questionnaire(),
            Map.copyOf(context.answers()),
            context.school(),
            context.spec(),
            measure);
    WhatIf known = whatIfs.get(key);
    if (known != null) {
      return known;
    }
    WhatIf searched =
        new WhatIfSearch(new PeerAnonymizer(release.k()))
            .search(
                context.questionnaire(),
                context.answers(),
                context.school(),
                release.index(),
                release.withheld(),
                context.spec(),
                measure);
    whatIfs.put(key, searched);
    return searched;
  }

  /** What a what-if is computed from (a release's peers never change). */
  private record WhatIfKey(
      long release,
      QuestionnaireKey questionnaire,
      Map<String, Answer> answers,
      SchoolEntry school,
      PeerGroupSpec spec,
      String measure) {}

  /** A map that keeps the most recently used entries, at most {@code capacity}; thread-safe. */
  private static <K, V> Map<K, V> recentlyUsed(int capacity) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        });
  }

  /** The next-steps plan; quartiles only for the dean and staff. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanResult plan(SignedInUser user, String schoolCode, int cycle, Group group) {
    return plan(user, snapshot(user, schoolCode, cycle), group);
  }

  /** {@link #plan} of an assessment the caller has just read (the results page). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanResult plan(SignedInUser user, AssessmentSnapshot own, Group group) {
    return plan(user, reads.context(user, own, group));
  }

  private PlanResult plan(SignedInUser user, PeerContext context) {
    String schoolCode = context.school().code();
    boolean peers = user.leads(schoolCode) && context.release().isPresent();
    Map<String, Quartile> quartiles = peers ? quartiles(context) : Map.of();
    NextSteps plan =
        NextStepsPlanner.plan(
            context.questionnaire(),
            library.guidance(context.questionnaire().key()),
            context.card(),
            quartiles);
    return new PlanResult(plan, context.stamp(), context.label(), peers);
  }

  /** The school's points through a framework; peer medians only for the dean and staff. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FrameworkView crosswalk(
      SignedInUser user, String schoolCode, int cycle, Framework framework, Group group) {
    return crosswalk(user, snapshot(user, schoolCode, cycle), framework, group);
  }

  /** {@link #crosswalk} of an assessment the caller has just read (the results page). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FrameworkView crosswalk(
      SignedInUser user, AssessmentSnapshot own, Framework framework, Group group) {
    return crosswalk(user, reads.context(user, own, group), framework);
  }

  /**
   * The shares of the school's points by data-quality mark; its own answers only, for its team and
   * staff.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public QualityShares quality(SignedInUser user, String schoolCode, int cycle) {
    return quality(snapshot(user, schoolCode, cycle));
  }

  /** {@link #quality} of an assessment the caller has just read (the results page). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public QualityShares quality(AssessmentSnapshot own) {
    return QualityShares.of(reads.card(own), marks(own));
  }

  /** Plan, both crosswalk views and data quality, for the school's workbook. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Insights insights(SignedInUser user, String schoolCode, int cycle, Group group) {
    PeerContext context = reads.context(user, snapshot(user, schoolCode, cycle), group);
    return new Insights(
        plan(user, context).plan(),
        List.of(
            crosswalk(user, context, Framework.THENET), crosswalk(user, context, Framework.ASPIRE)),
        Optional.of(QualityShares.of(context.card(), marks(context.snapshot()))),
        evidence(context));
  }

  private FrameworkView crosswalk(SignedInUser user, PeerContext context, Framework framework) {
    Optional<FrameworkViews.Peers> peers =
        user.leads(context.school().code())
            ? context
                .release()
                .map(
                    r ->
                        new FrameworkViews.Peers(
                            new PeerAnonymizer(r.k()),
                            context.school(),
                            r.index(),
                            r.withheld(),
                            context.spec(),
                            partScores(r, framework)))
            : Optional.empty();
    String note =
        Message.of(
                context.release().isEmpty()
                    ? "frameworks.noRelease"
                    : "frameworks.peersLeadersOnly")
            .english();
    return FrameworkViews.of(context.questionnaire(), context.card(), framework, peers, note);
  }

  private Map<String, Quartile> quartiles(PeerContext context) {
    PeerGroupResult result = reads.peerGroup(context);
    Map<String, Quartile> quartiles = new HashMap<>();
    if (result instanceof PeerGroupResult.Reported reported) {
      for (MeasureResult measure : reported.measures()) {
        measure
            .comparison()
            .flatMap(c -> c.standing())
            .ifPresent(s -> quartiles.put(measure.measureId(), s.quartile()));
      }
    }
    return quartiles;
  }

  private static WhatIf noRelease(String measure) {
    return new WhatIf(
        measure,
        WhatIf.Status.SUPPRESSED,
        Optional.of(BenchmarkReportAssembler.NO_RELEASE),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        List.of());
  }

  /** The part scores of every released school, computed once per release and framework. */
  private Map<String, Map<String, BigDecimal>> partScores(
      LoadedRelease release, Framework framework) {
    return partScores.computeIfAbsent(
        release.id() + "/" + framework.code(),
        key -> {
          Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
          for (LoadedRelease.Released school : release.schools()) {
            Questionnaire questionnaire = queries.questionnaire(school.questionnaire());
            ScoreCard card = QuestionnaireScorer.score(questionnaire, school.shown());
            scores.put(
                school.entry().code(), FrameworkViews.partScores(questionnaire, card, framework));
          }
          return Map.copyOf(scores);
        });
  }

  private static Map<String, DataQuality> marks(AssessmentSnapshot snapshot) {
    Map<String, DataQuality> marks = new HashMap<>();
    snapshot
        .answers()
        .values()
        .forEach(a -> a.provenance().mark().ifPresent(m -> marks.put(a.questionId(), m)));
    return marks;
  }

  /** The school's own answers that carry a mark or evidence, in questionnaire order. */
  private static List<EvidenceLine> evidence(PeerContext context) {
    return context.questionnaire().questions().stream()
        .filter(q -> context.snapshot().answers().containsKey(q.id()))
        .filter(q -> !context.snapshot().answers().get(q.id()).provenance().isEmpty())
        .map(q -> line(q, context.snapshot().answers().get(q.id())))
        .toList();
  }

  private static EvidenceLine line(Question question, AnswerView answer) {
    return new EvidenceLine(
        question.modalityId(),
        question.text(),
        AnswerCodec.describe(question, answer.value(), answer.notApplicable(), Locale.ENGLISH),
        answer.provenance().mark(),
        answer.provenance().evidence());
  }

  /** The school's assessment, read once per request (never written here). */
  private AssessmentSnapshot snapshot(SignedInUser user, String schoolCode, int cycle) {
    return reads.get(
        new SnapshotKey(user, schoolCode, cycle),
        () ->
            user.isStaff()
                ? assessments.read(user, schoolCode, cycle)
                : assessments.open(user, schoolCode, cycle));
  }

  /** Who read which school's assessment of which cycle: one snapshot per request and key. */
  private record SnapshotKey(SignedInUser user, String schoolCode, int cycle) {}
}
