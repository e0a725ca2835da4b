package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.Provenance;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.Times;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.QuestionScore;
import org.socialmission.metrics.scoring.QuestionStatus;
import org.socialmission.metrics.scoring.Ratio;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Builds the {@link AnswersCopy} of an assessment as read by someone allowed to read it, every
 * fixed word in the reader's locale. Plain Java: the caller checks access and hands in the
 * snapshot, its questionnaire and its scores.
 */
public final class AnswersCopyAssembler {

  private AnswersCopyAssembler() {}

  /** The copy of the snapshot's answers and scores, made at {@code now} (UTC). */
  public static AnswersCopy assemble(
      AssessmentSnapshot snapshot,
      Questionnaire questionnaire,
      ScoreCard card,
      Locale locale,
      LocalDateTime now) {
    List<AnswersCopy.Section> sections = new ArrayList<>();
    int number = 1;
    for (Modality modality : questionnaire.modalities()) {
      sections.add(section(number++, modality, snapshot, card, locale));
    }
    return new AnswersCopy(
        snapshot.schoolName(),
        snapshot.schoolCode(),
        snapshot.cycle(),
        Message.of("pdf.questionnaire", questionnaire.title(), questionnaire.version()).in(locale),
        state(snapshot, locale),
        score(card.overall().orElse(null)),
        Times.dateTime(now),
        sections);
  }

  private static String state(AssessmentSnapshot snapshot, Locale locale) {
    String state = Message.of("state." + snapshot.state().name()).in(locale);
    return snapshot.isSubmitted()
        ? Message.of(
                "pdf.submitted", state, snapshot.submittedBy(), Times.date(snapshot.submittedAt()))
            .in(locale)
        : state;
  }

  private static AnswersCopy.Section section(
      int number, Modality modality, AssessmentSnapshot snapshot, ScoreCard card, Locale locale) {
    List<AnswersCopy.Item> items = new ArrayList<>();
    int question = 1;
    for (Question q : modality.questions()) {
      items.add(item(number + "." + question++, q, snapshot, card.question(q.id()), locale));
    }
    var score = card.modality(modality.id());
    var owner = snapshot.owners().get(modality.id());
    return new AnswersCopy.Section(
        number,
        modality.title(),
        owner == null ? null : owner.name(),
        score(score.score().orElse(null)),
        plain(score.points()),
        plain(score.max()),
        items);
  }

  private static AnswersCopy.Item item(
      String number,
      Question question,
      AssessmentSnapshot snapshot,
      QuestionScore score,
      Locale locale) {
    AnswerView stored = snapshot.answers().get(question.id());
    String answer =
        stored == null
            ? Message.of("answer.shown.empty").in(locale)
            : AnswerCodec.describe(question, stored.value(), stored.notApplicable(), locale);
    String note = null;
    if (score.status() == QuestionStatus.HIDDEN) {
      note = Message.of("pdf.hidden").in(locale);
    } else if (stored != null && stored.isCarried()) {
      note = Message.of("pdf.carried", String.valueOf(stored.carriedFrom())).in(locale);
    }
    boolean scores = score.max().signum() > 0;
    Provenance provenance = stored == null ? Provenance.NONE : stored.provenance();
    return new AnswersCopy.Item(
        number,
        question.text(),
        answer,
        scores ? plain(score.points()) : null,
        scores ? plain(score.max()) : null,
        note,
        provenance.quality() == null
            ? null
            : Message.of("quality." + provenance.quality().code()).in(locale),
        provenance.evidence());
  }

  private static String score(Ratio ratio) {
    return ratio == null ? "—" : ratio.toDisplay();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
