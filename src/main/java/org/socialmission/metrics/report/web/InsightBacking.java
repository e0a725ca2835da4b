package org.socialmission.metrics.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.web.ResultsBacking;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.benchmark.WhatIf;
import org.socialmission.metrics.benchmark.WhatIfSearch;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.report.FrameworkView;
import org.socialmission.metrics.report.NextSteps;
import org.socialmission.metrics.report.runtime.InsightService;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.Framework;
import org.socialmission.metrics.scoring.QualityShares;

/**
 * The results page beyond the benchmark: the next steps and the phases, the crosswalk views, the
 * data quality of the school's answers, and (for the dean and staff, inside the benchmark section)
 * what would move a measure to the next quartile of the chosen peer group. Reads once per request;
 * the peer group comes from {@link BenchmarkBacking}'s parameters.
 */
@Named
@RequestScoped
public class InsightBacking {

  @Inject private CurrentUser currentUser;
  @Inject private InsightService insights;
  @Inject private BenchmarkBacking benchmark;
  @Inject private ResultsBacking results;

  private String measure;
  private InsightService.PlanResult plan;
  private final Map<Framework, FrameworkView> frameworks = new EnumMap<>(Framework.class);
  private QualityShares quality;
  private InsightService.WhatIfResult whatIf;
  private String error;

  /** The plan: phases of all modalities, next steps of the weakest. */
  public InsightService.PlanResult getPlan() {
    if (plan == null) {
      plan = insights.plan(currentUser.require(), own(), group());
    }
    return plan;
  }

  /** The phase of a modality ({@code beginning} … {@code leading}), or null. */
  public String phase(String modalityId) {
    return getPlan().plan().modalities().stream()
        .filter(m -> m.modalityId().equals(modalityId))
        .findFirst()
        .flatMap(NextSteps.ModalityStanding::phase)
        .map(p -> p.code())
        .orElse(null);
  }

  /** The school's points through THEnet, then through ASPIRE. */
  public List<FrameworkView> getFrameworks() {
    for (Framework framework : Framework.values()) {
      frameworks.computeIfAbsent(
          framework, f -> insights.crosswalk(currentUser.require(), own(), f, group()));
    }
    return List.copyOf(frameworks.values());
  }

  /** The shares of the school's points by data-quality mark. */
  public QualityShares getQuality() {
    if (quality == null) {
      quality = insights.quality(own());
    }
    return quality;
  }

  /** The title of a modality, as its questionnaire names it. */
  public String title(String modalityId) {
    return getPlan().plan().modalities().stream()
        .filter(m -> m.modalityId().equals(modalityId))
        .findFirst()
        .map(NextSteps.ModalityStanding::title)
        .orElse(modalityId);
  }

  /** A share of a row's points as a whole percentage, e.g. "43 %", or "—" without points. */
  public String percent(QualityShares.Row row, String mark) {
    return row.percent(DataQuality.ofCode(mark).orElseThrow())
        .map(p -> p.toPlainString() + " %")
        .orElse("—");
  }

  /** The points of a row not marked at all, as a whole percentage. */
  public String unmarked(QualityShares.Row row) {
    if (row.points().signum() == 0) {
      return "—";
    }
    BigDecimal marked =
        List.of(DataQuality.values()).stream()
            .map(row::pointsMarked)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return row.points()
            .subtract(marked)
            .multiply(BigDecimal.valueOf(100))
            .divide(row.points(), 0, RoundingMode.HALF_UP)
            .toPlainString()
        + " %";
  }

  /**
   * What would move the chosen measure up a quartile; null after an error. Without a measure asked
   * for, the first of the next steps' modalities for which one or two answers are enough, else the
   * first of them (or overall without steps).
   */
  public InsightService.WhatIfResult getWhatIf() {
    if (whatIf == null && error == null) {
      try {
        for (String candidate : candidates()) {
          InsightService.WhatIfResult result =
              insights.whatIf(currentUser.require(), own(), candidate, group());
          if (whatIf == null || result.whatIf().status() == WhatIf.Status.OPTIONS) {
            whatIf = result;
          }
          if (result.whatIf().status() == WhatIf.Status.OPTIONS) {
            break;
          }
        }
      } catch (ApplicationException e) {
        error = FacesMessages.text(e);
      }
    }
    return whatIf;
  }

  /**
   * The measure of the what-if: the one asked for, else the one shown; null before either (a view
   * parameter reads it before the page loads, so it computes nothing).
   */
  public String getSelectedMeasure() {
    if (measure != null && Scores.MEASURES.contains(measure)) {
      return measure;
    }
    return whatIf != null ? whatIf.whatIf().measure() : null;
  }

  private List<String> candidates() {
    if (measure != null && Scores.MEASURES.contains(measure)) {
      return List.of(measure);
    }
    List<String> steps =
        getPlan().plan().steps().stream().map(s -> s.modality().modalityId()).toList();
    return steps.isEmpty() ? List.of(Scores.OVERALL) : steps;
  }

  /** A change as a person reads it: the new answer in words. */
  public String answer(WhatIf.Change change) {
    return whatIf
        .questionnaire()
        .question(change.question())
        .map(q -> AnswerCodec.display(q, change.answer(), FacesMessages.locale()))
        .orElse(change.question());
  }

  /** The question text of a change. */
  public String question(WhatIf.Change change) {
    return whatIf.questionnaire().question(change.question()).map(q -> q.text()).orElse("");
  }

  /** Whether a change marks its question not applicable. */
  public boolean notApplicable(WhatIf.Change change) {
    return change.answer() instanceof Answer.NotApplicable;
  }

  /** How options are searched, and the search's cap, in words. */
  public String getSearchNote() {
    return FacesMessages.text("whatIf.search", WhatIfSearch.PAIR_POOL, WhatIfSearch.MAX_OPTIONS);
  }

  /** The measures to choose from: overall and the eight modalities. */
  public List<String> getMeasures() {
    return Scores.MEASURES;
  }

  private InsightService.Group group() {
    return benchmark.peerGroup();
  }

  /** Chooses the measure of the what-if (the form's select). */
  public void setSelectedMeasure(String selected) {
    this.measure = selected;
  }

  /** The assessment the results page has read, access checked. */
  private AssessmentSnapshot own() {
    return results.getSnapshot();
  }

  public String getError() {
    return error;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }
}
