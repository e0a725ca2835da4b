package org.socialmission.metrics.assessment.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.platform.Jsons;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.ModalityScore;
import org.socialmission.metrics.scoring.QuestionScore;
import org.socialmission.metrics.scoring.QuestionStatus;
import org.socialmission.metrics.scoring.Ratio;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Scores ready to show: overall and per modality (one decimal, "—" when undefined), the strongest
 * and weakest modalities, the points of every question, and the chart's data as Chart.js JSON.
 */
public record ResultsView(
    String overall,
    List<ModalityRow> modalities,
    String strongest,
    String weakest,
    String chartJson)
    implements Serializable {

  /** One modality with its score and its questions. */
  public record ModalityRow(
      String id, String title, String score, String points, String max, List<QuestionRow> questions)
      implements Serializable {}

  /** One question: the answer as read and the points it earned of its maximum. */
  public record QuestionRow(String text, String answer, String points, String max, String status)
      implements Serializable {}

  /** The view of a score card, its fixed words in this locale. */
  static ResultsView of(
      Questionnaire questionnaire, ScoreCard card, AssessmentSnapshot snapshot, Locale locale) {
    List<ModalityRow> rows =
        questionnaire.modalities().stream()
            .map(m -> row(m, card.modality(m.id()), card, snapshot, locale))
            .toList();
    List<ModalityScore> defined =
        card.modalities().stream().filter(s -> s.score().isPresent()).toList();
    Comparator<ModalityScore> byScore = Comparator.comparing(s -> s.score().orElseThrow());
    var strongest = defined.stream().max(byScore);
    var weakest = defined.stream().min(byScore);
    // With every score equal (say, nothing answered yet) no modality is stronger or weaker.
    boolean differ = strongest.isPresent() && byScore.compare(strongest.get(), weakest.get()) > 0;
    return new ResultsView(
        display(card.overall()),
        rows,
        differ ? questionnaire.modality(strongest.get().modalityId()).title() : null,
        differ ? questionnaire.modality(weakest.get().modalityId()).title() : null,
        chart(questionnaire, card, Message.of("results.chart.series").in(locale)));
  }

  private static ModalityRow row(
      Modality modality,
      ModalityScore score,
      ScoreCard card,
      AssessmentSnapshot snapshot,
      Locale locale) {
    List<QuestionRow> questions =
        modality.questions().stream()
            .map(q -> question(q, card.question(q.id()), snapshot.answers().get(q.id()), locale))
            .toList();
    return new ModalityRow(
        modality.id(),
        modality.title(),
        display(score.score()),
        plain(score.points()),
        plain(score.max()),
        questions);
  }

  private static QuestionRow question(
      Question question, QuestionScore score, AnswerView stored, Locale locale) {
    String answer =
        stored == null
            ? Message.of("answer.shown.empty").in(locale)
            : AnswerCodec.describe(question, stored.value(), stored.notApplicable(), locale);
    String status =
        score.status() == QuestionStatus.HIDDEN
            ? "hidden"
            : score.status().name().toLowerCase(Locale.ROOT);
    return new QuestionRow(
        question.text(), answer, plain(score.points()), plain(score.max()), status);
  }

  static String display(Optional<Ratio> score) {
    return score.map(Ratio::toDisplay).orElse("—");
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * Longest line of a chart label, in characters: the eight modality titles take at most two lines
   * (three-line labels of neighbouring rows ran into each other in the chart's 22rem), and the
   * widest line still leaves a phone more than half the chart for the bars.
   */
  private static final int LINE = 22;

  /** A Chart.js horizontal bar chart of the modality scores; a modality without one is a gap. */
  static String chart(Questionnaire questionnaire, ScoreCard card, String seriesLabel) {
    JsonArrayBuilder labels = Jsons.array();
    JsonArrayBuilder data = Jsons.array();
    for (Modality modality : questionnaire.modalities()) {
      labels.add(lines(modality.title()));
      card.modality(modality.id())
          .score()
          .ifPresentOrElse(score -> data.add(score.rounded(1)), data::addNull);
    }
    JsonObjectBuilder series =
        Jsons.object()
            .add("label", seriesLabel)
            .add("data", data)
            .add("backgroundColor", "#0b6e4f");
    JsonObjectBuilder options =
        Jsons.object()
            .add("indexAxis", "y")
            // The box's height is set by CSS, so on a phone all eight labels keep their place.
            .add("maintainAspectRatio", false)
            .add(
                "scales",
                Jsons.object()
                    .add("x", range(0, 100))
                    .add("y", Jsons.object().add("ticks", Jsons.object().add("autoSkip", false))))
            .add("plugins", Jsons.object().add("legend", Jsons.object().add("display", false)));
    return Jsons.object()
        .add("type", "bar")
        .add(
            "data", Jsons.object().add("labels", labels).add("datasets", Jsons.array().add(series)))
        .add("options", options)
        .build()
        .toString();
  }

  /** A label as short lines (Chart.js draws an array as lines), so a phone keeps room for bars. */
  static JsonArrayBuilder lines(String title) {
    JsonArrayBuilder lines = Jsons.array();
    StringBuilder line = new StringBuilder();
    for (String word : title.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    return lines.add(line.toString());
  }

  private static JsonObjectBuilder range(int min, int max) {
    return Jsons.object().add("min", min).add("max", max);
  }
}
