package org.socialmission.metrics.assessment;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What happened to one answer a person saved. */
public sealed interface SaveOutcome extends Serializable {

  /** Stored (or already so); {@code revision} is the answer's new revision. */
  record Saved(int revision, LocalDateTime at) implements SaveOutcome {}

  /**
   * Not stored: someone else changed the answer since the writer read it. Both values are shown and
   * the writer chooses: keep theirs, or save again with {@code theirs.revision()} to overwrite.
   *
   * @param mine the value the writer tried to save (text form), null for not applicable
   */
  record Conflict(AnswerView theirs, String mine, boolean mineNotApplicable)
      implements SaveOutcome {}
}
