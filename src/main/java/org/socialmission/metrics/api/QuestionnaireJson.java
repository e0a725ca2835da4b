package org.socialmission.metrics.api;

import java.math.BigDecimal;
import java.util.List;
import org.socialmission.metrics.questionnaire.Band;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.YesNoRule;

/**
 * The JSON shapes of questionnaires in the API: a flat, documented mirror of the model, with every
 * scoring rule spelled out so clients can show how each answer scores.
 */
public final class QuestionnaireJson {

  private QuestionnaireJson() {}

  /** One entry of the questionnaire list. */
  public record Summary(
      String id, int version, String title, List<String> disciplines, String checksum) {}

  /** A whole questionnaire version. */
  public record Document(
      String id,
      int version,
      String title,
      List<String> disciplines,
      String checksum,
      List<ModalityJson> modalities) {}

  public record ModalityJson(
      String id,
      String title,
      String description,
      BigDecimal weight,
      BigDecimal maxPoints,
      List<QuestionJson> questions) {}

  /**
   * A question. Fields that do not apply to its type are absent: {@code yesPoints}/{@code noPoints}
   * for yes/no, {@code options} and {@code maxPoints} for choices, {@code unit}, {@code min},
   * {@code max} and {@code bands} for numbers and percentages.
   */
  public record QuestionJson(
      String id,
      String type,
      String text,
      String help,
      boolean required,
      boolean naAllowed,
      ConditionJson showWhen,
      String thenet,
      String aspire,
      BigDecimal maxPoints,
      BigDecimal yesPoints,
      BigDecimal noPoints,
      List<OptionJson> options,
      String unit,
      BigDecimal min,
      BigDecimal max,
      List<BandJson> bands) {}

  /**
   * Shown only when the answer to {@code question} {@code test}s ({@code equals}/{@code contains})
   * {@code value}.
   */
  public record ConditionJson(String question, String test, String value) {}

  public record OptionJson(String id, String label, BigDecimal points) {}

  /**
   * Values from {@code from} (inclusive) to {@code to} (exclusive; absent when open-ended) score
   * {@code points}.
   */
  public record BandJson(BigDecimal from, BigDecimal to, BigDecimal points) {}

  public static Summary summary(Questionnaire q) {
    return new Summary(q.id(), q.version(), q.title(), disciplines(q), q.checksum());
  }

  public static Document document(Questionnaire q) {
    return new Document(
        q.id(),
        q.version(),
        q.title(),
        disciplines(q),
        q.checksum(),
        q.modalities().stream().map(QuestionnaireJson::modality).toList());
  }

  private static List<String> disciplines(Questionnaire q) {
    return q.disciplines().stream().map(d -> d.code()).sorted().toList();
  }

  private static ModalityJson modality(Modality m) {
    BigDecimal max =
        m.questions().stream()
            .map(q -> q.rule().maxPoints())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new ModalityJson(
        m.id(),
        m.title(),
        m.description(),
        m.weight(),
        max,
        m.questions().stream().map(QuestionnaireJson::question).toList());
  }

  private static QuestionJson question(Question q) {
    var condition =
        q.showWhen()
            .map(c -> new ConditionJson(c.questionId(), c.test().key(), c.value()))
            .orElse(null);
    var base =
        new QuestionJson(
            q.id(),
            q.type().code(),
            q.text(),
            q.help(),
            q.required(),
            q.naAllowed(),
            condition,
            q.thenet().code(),
            q.aspire().code(),
            q.rule().maxPoints(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    if (q.rule() instanceof YesNoRule r) {
      return withYesNo(base, r);
    }
    if (q.rule() instanceof ChoiceRule r) {
      return withOptions(base, r);
    }
    if (q.rule() instanceof BandRule r) {
      return withBands(base, r);
    }
    return base;
  }

  private static QuestionJson withYesNo(QuestionJson b, YesNoRule r) {
    return new QuestionJson(
        b.id(),
        b.type(),
        b.text(),
        b.help(),
        b.required(),
        b.naAllowed(),
        b.showWhen(),
        b.thenet(),
        b.aspire(),
        b.maxPoints(),
        r.yesPoints(),
        r.noPoints(),
        null,
        null,
        null,
        null,
        null);
  }

  private static QuestionJson withOptions(QuestionJson b, ChoiceRule r) {
    List<OptionJson> options = r.options().stream().map(QuestionnaireJson::option).toList();
    return new QuestionJson(
        b.id(),
        b.type(),
        b.text(),
        b.help(),
        b.required(),
        b.naAllowed(),
        b.showWhen(),
        b.thenet(),
        b.aspire(),
        b.maxPoints(),
        null,
        null,
        options,
        null,
        null,
        null,
        null);
  }

  private static OptionJson option(Option o) {
    return new OptionJson(o.id(), o.label(), o.points());
  }

  private static QuestionJson withBands(QuestionJson b, BandRule r) {
    List<BandJson> bands = r.bands().stream().map(QuestionnaireJson::band).toList();
    return new QuestionJson(
        b.id(),
        b.type(),
        b.text(),
        b.help(),
        b.required(),
        b.naAllowed(),
        b.showWhen(),
        b.thenet(),
        b.aspire(),
        b.maxPoints(),
        null,
        null,
        null,
        r.unit(),
        r.min(),
        r.max().orElse(null),
        bands);
  }

  private static BandJson band(Band band) {
    return new BandJson(band.from(), band.to().orElse(null), band.points());
  }
}
