package org.socialmission.metrics.assessment.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
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

  static ResultsView of(Questionnaire questionnaire, ScoreCard card, AssessmentSnapshot snapshot) {
    List<ModalityRow> rows =
        questionnaire.modalities().stream()
            .map(m -> row(m, card.modality(m.id()), card, snapshot))
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
        chart(questionnaire, card));
  }

  private static ModalityRow row(
      Modality modality, ModalityScore score, ScoreCard card, AssessmentSnapshot snapshot) {
    List<QuestionRow> questions =
        modality.questions().stream()
            .map(q -> question(q, card.question(q.id()), snapshot.answers().get(q.id())))
            .toList();
    return new ModalityRow(
        modality.id(),
        modality.title(),
        display(score.score()),
        plain(score.points()),
        plain(score.max()),
        questions);
  }

  private static QuestionRow question(Question question, QuestionScore score, AnswerView stored) {
    String answer =
        stored == null
            ? "(no answer)"
            : AnswerCodec.describe(question, stored.value(), stored.notApplicable());
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

  private static String chart(Questionnaire questionnaire, ScoreCard card) {
    String labels =
        questionnaire.modalities().stream()
            .map(m -> json(m.title()))
            .collect(Collectors.joining(","));
    String data =
        questionnaire.modalities().stream()
            .map(m -> card.modality(m.id()).score().map(Ratio::toDisplay).orElse("null"))
            .collect(Collectors.joining(","));
    return "{\"type\":\"bar\",\"data\":{\"labels\":["
        + labels
        + "],\"datasets\":[{\"label\":\"Score (0-100)\","
        + "\"data\":["
        + data
        + "],\"backgroundColor\":\"#0b6e4f\"}]},\"options\":{\"indexAxis\":\"y\","
        + "\"scales\":{\"x\":{\"min\":0,\"max\":100}},\"plugins\":{\"legend\":{\"display\":false}}}}";
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
