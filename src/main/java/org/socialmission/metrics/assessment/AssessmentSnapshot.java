package org.socialmission.metrics.assessment;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.school.SchoolProfile;

/**
 * An assessment as read at one moment: its school, state, questionnaire version, every answer, the
 * owners of modalities and where the reader left off.
 *
 * @param school the school as it was read with the assessment (peer groups use its attributes)
 * @param owners modality id → its owner
 * @param lastStep the step the reader last had open, or null
 */
public record AssessmentSnapshot(
    long id,
    SchoolProfile school,
    int cycle,
    QuestionnaireKey questionnaire,
    AssessmentState state,
    long revision,
    LocalDateTime updatedAt,
    LocalDateTime submittedAt,
    String submittedBy,
    Map<String, AnswerView> answers,
    Map<String, Owner> owners,
    String lastStep,
    List<ReopeningView> reopenings,
    boolean cycleOpen)
    implements Serializable {

  public String schoolCode() {
    return school.code();
  }

  public String schoolName() {
    return school.name();
  }

  /** The team member who owns a modality. */
  public record Owner(String name, String email) implements Serializable {}

  /** A reopening as readers see it. */
  public record ReopeningView(String reason, String by, LocalDateTime at) implements Serializable {}

  /** The ETag of this state of the assessment. */
  public String etag() {
    return "\"" + id + "-" + revision + "\"";
  }

  /**
   * Whether an {@code If-Match} header value selects this version (RFC 9110, 13.1.1): {@code *}
   * selects any current version; otherwise one of the listed entity tags must be this one by strong
   * comparison (a weak tag, {@code W/"…"}, never matches).
   */
  public boolean matches(String ifMatch) {
    if (ifMatch == null) {
      return false;
    }
    String etag = etag();
    for (String tag : ifMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.equals("*") || candidate.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  public boolean isSubmitted() {
    return state == AssessmentState.SUBMITTED;
  }
}
