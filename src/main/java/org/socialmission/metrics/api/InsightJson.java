package org.socialmission.metrics.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.benchmark.WhatIf;
import org.socialmission.metrics.benchmark.WhatIfSearch;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.questionnaire.Phase;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.Resource;
import org.socialmission.metrics.report.FrameworkView;
import org.socialmission.metrics.report.FrameworkViews;
import org.socialmission.metrics.report.NextSteps;
import org.socialmission.metrics.report.runtime.InsightService;
import org.socialmission.metrics.scoring.Answer;

/**
 * The JSON shapes of what-if, plan and crosswalk. Figures are rounded to one decimal as in the
 * benchmark; quartiles are words (Top, Second, Third, Fourth); answer values are typed as in the
 * assessment API (boolean, option id, array of option ids, number).
 */
public final class InsightJson {

  private InsightJson() {}

  /** Which release peer figures come from; null when the cycle has none yet. */
  public record Release(int cycle, int number, String label) {

    static Release of(Optional<ReleaseStamp> stamp) {
      return stamp.map(r -> new Release(r.cycle(), r.number(), r.label())).orElse(null);
    }
  }

  /**
   * What would move a measure to the next quartile.
   *
   * @param status {@code options}, {@code suppressed} (see note), {@code no-score}, {@code top} or
   *     {@code none-within-cap}
   * @param note why there are no options, in words; null when there are
   * @param search how options are searched, and the cap
   */
  public record WhatIfJson(
      String school,
      int cycle,
      String measure,
      String group,
      Release release,
      String status,
      String note,
      Current current,
      Target target,
      List<OptionJson> options,
      String search) {}

  /** The school's score and quartile now. */
  public record Current(BigDecimal score, String quartile) {}

  /**
   * The next quartile and the peer score where it starts.
   *
   * @param above whether the school needs more than {@code score} (else at least it)
   */
  public record Target(String quartile, BigDecimal score, boolean above) {}

  /** One way to get there: the changes, the points they ask, and the score and quartile after. */
  public record OptionJson(
      List<ChangeJson> changes, BigDecimal pointsAsked, BigDecimal score, String quartile) {}

  /**
   * One answer changed: a typed value, or {@code notApplicable: true}; the other key is left out,
   * as in an entry of the answers API.
   */
  public record ChangeJson(String question, String text, Object value, Boolean notApplicable) {}

  static WhatIfJson whatIf(
      String school, int cycle, InsightService.WhatIfResult result, Locale locale) {
    WhatIf w = result.whatIf();
    Questionnaire questionnaire = result.questionnaire();
    return new WhatIfJson(
        school,
        cycle,
        w.measure(),
        result.groupLabel(),
        Release.of(result.release()),
        w.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        note(w, locale),
        w.current()
            .map(s -> new Current(s, w.currentQuartile().map(Quartile::label).orElse(null)))
            .orElse(null),
        w.target()
            .map(t -> new Target(t.label(), w.targetScore().orElseThrow(), w.targetAbove()))
            .orElse(null),
        w.options().stream().map(o -> option(o, questionnaire)).toList(),
        Message.of("whatIf.search", WhatIfSearch.PAIR_POOL, WhatIfSearch.MAX_OPTIONS).in(locale));
  }

  private static String note(WhatIf w, Locale locale) {
    return switch (w.status()) {
      case OPTIONS -> null;
      case SUPPRESSED -> w.reason().orElse(null);
      default ->
          Message.of("whatIf.status." + w.status().name().toLowerCase(Locale.ROOT)).in(locale);
    };
  }

  private static OptionJson option(WhatIf.Option option, Questionnaire questionnaire) {
    return new OptionJson(
        option.changes().stream()
            .map(
                c ->
                    new ChangeJson(
                        c.question(),
                        questionnaire.question(c.question()).map(q -> q.text()).orElse(null),
                        typed(c.answer()),
                        c.answer() instanceof Answer.NotApplicable ? Boolean.TRUE : null))
            .toList(),
        option.pointsAsked(),
        option.score(),
        option.quartile().label());
  }

  /** An answer as the assessment API types it; null for "not applicable". */
  static Object typed(Answer answer) {
    if (answer instanceof Answer.YesNo a) {
      return a.yes();
    }
    if (answer instanceof Answer.Choice a) {
      return a.optionId();
    }
    if (answer instanceof Answer.Choices a) {
      return a.optionIds().stream().sorted().toList();
    }
    if (answer instanceof Answer.Amount a) {
      return a.value().stripTrailingZeros();
    }
    return null;
  }

  /** The next-steps plan. */
  public record PlanJson(
      String school,
      int cycle,
      String group,
      Release release,
      List<ModalityJson> modalities,
      List<StepJson> steps) {}

  /**
   * Where a modality stands; {@code quartile} only for the dean and staff with a release; {@code
   * phase} one of beginning, developing, established, leading.
   */
  public record ModalityJson(
      String modality, String title, BigDecimal score, String quartile, String phase) {}

  /** A weak modality with its resources and the questions with most points left. */
  public record StepJson(
      String modality,
      String title,
      BigDecimal score,
      String quartile,
      String phase,
      List<ResourceJson> resources,
      List<QuestionJson> questions) {}

  /** A question with points left and its resources. */
  public record QuestionJson(
      String question,
      String text,
      BigDecimal points,
      BigDecimal max,
      BigDecimal pointsLeft,
      List<ResourceJson> resources) {}

  /** A public resource from the questionnaire's guidance file. */
  public record ResourceJson(String title, String url) {}

  static PlanJson plan(String school, int cycle, InsightService.PlanResult result) {
    NextSteps plan = result.plan();
    return new PlanJson(
        school,
        cycle,
        result.peersShown() ? result.groupLabel() : null,
        Release.of(result.release()),
        plan.modalities().stream().map(InsightJson::modality).toList(),
        plan.steps().stream()
            .map(
                s ->
                    new StepJson(
                        s.modality().modalityId(),
                        s.modality().title(),
                        s.modality().score().orElse(null),
                        s.modality().quartile().map(Quartile::label).orElse(null),
                        s.modality().phase().map(Phase::code).orElse(null),
                        resources(s.resources()),
                        s.questions().stream()
                            .map(
                                q ->
                                    new QuestionJson(
                                        q.questionId(),
                                        q.text(),
                                        q.points(),
                                        q.max(),
                                        q.pointsLeft(),
                                        resources(q.resources())))
                            .toList()))
            .toList());
  }

  private static ModalityJson modality(NextSteps.ModalityStanding m) {
    return new ModalityJson(
        m.modalityId(),
        m.title(),
        m.score().orElse(null),
        m.quartile().map(Quartile::label).orElse(null),
        m.phase().map(Phase::code).orElse(null));
  }

  private static List<ResourceJson> resources(List<Resource> resources) {
    return resources.stream().map(r -> new ResourceJson(r.title(), r.url().toString())).toList();
  }

  /**
   * One part of a framework: the school's points, the applicable maximum, its score, and the peer
   * group's median score in the part (absent when not shown).
   */
  public record PartJson(
      String part,
      String title,
      BigDecimal points,
      BigDecimal max,
      @JsonbNillable BigDecimal score,
      BigDecimal peerMedian) {}

  static List<PartJson> crosswalk(FrameworkView view, Locale locale) {
    return view.rows().stream()
        .map(
            r ->
                new PartJson(
                    r.part(),
                    Message.of(FrameworkViews.titleKey(view.framework(), r.part())).in(locale),
                    r.points(),
                    r.max(),
                    r.score().orElse(null),
                    r.peerMedian().orElse(null)))
        .toList();
  }
}
