package org.socialmission.metrics.report;

import java.util.List;

/**
 * A school's assessment as a printable copy, every text ready to print: the school, the cycle and
 * questionnaire, the state, the overall score, and per modality its owner, score and points with
 * every question, its answer as people read it, the school's data-quality mark and evidence, and
 * the points it earned. Built by {@link AnswersCopyAssembler}, printed by {@link AnswersPdfWriter}.
 *
 * @param state the state in words, with who submitted it and when once submitted
 * @param overall the overall score with one decimal, or "—" when there is none yet
 * @param printedAt when the copy was made, with its time zone
 */
public record AnswersCopy(
    String schoolName,
    String schoolCode,
    int cycle,
    String questionnaire,
    String state,
    String overall,
    String printedAt,
    List<Section> modalities) {

  public AnswersCopy {
    modalities = List.copyOf(modalities);
  }

  /**
   * One modality.
   *
   * @param owner the owner's name, or null when nobody owns it
   * @param score the score with one decimal, or "—"
   */
  public record Section(
      int number,
      String title,
      String owner,
      String score,
      String points,
      String max,
      List<Item> questions) {

    public Section {
      questions = List.copyOf(questions);
    }
  }

  /**
   * One question with the school's answer.
   *
   * @param answer the answer as people read it ("Yes", option labels, "42 %", the text typed, "Not
   *     applicable", "(no answer)")
   * @param points the points earned, or null for a question that does not score
   * @param note a remark on the answer (not asked because of an earlier answer; carried from an
   *     earlier cycle and not confirmed), or null
   * @param quality the school's data-quality mark in words, or null when it set none
   * @param evidence the school's evidence (document names and links), as typed; empty for none
   */
  public record Item(
      String number,
      String text,
      String answer,
      String points,
      String max,
      String note,
      String quality,
      List<String> evidence) {

    /** Freezes the evidence. */
    public Item {
      evidence = List.copyOf(evidence);
    }
  }
}
