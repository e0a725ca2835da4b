package org.socialmission.metrics.assessment;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Decides what saving one answer does, from the answer as stored and the revision the writer
 * started from. Plain Java: the caller hands in the write, which runs only when it is due.
 *
 * <ul>
 *   <li>The answer already holds the value: it counts as saved at its current revision and nothing
 *       is written, so saving twice (a double click, a retry) neither conflicts nor adds history.
 *       An answer carried over from an earlier cycle is the exception: saving its value again
 *       confirms it, which is written (no longer marked as carried).
 *   <li>Someone else changed the answer since the writer read it (its revision is no longer the
 *       writer's base revision): a {@link SaveOutcome.Conflict} carrying both values; nothing is
 *       written, and the writer chooses.
 *   <li>Otherwise the value is written.
 * </ul>
 *
 * A writer without a base revision overwrites whatever is stored (batch saves, which the ETag of
 * the whole assessment guards instead).
 */
public final class SaveArbiter {

  private SaveArbiter() {}

  /**
   * @param stored the answer as stored; null when the question was never answered (nothing to
   *     conflict with)
   * @param input the value to save in {@link AnswerCodec}'s canonical text form
   * @param baseRevision the answer's revision the writer last saw; null to overwrite regardless
   * @param write stores the value and returns its new revision
   */
  public static SaveOutcome decide(
      AnswerView stored, AnswerInput input, Integer baseRevision, Supplier<SaveOutcome> write) {
    if (stored == null) {
      return write.get();
    }
    if (holds(stored, input)) {
      return stored.isCarried()
          ? write.get()
          : new SaveOutcome.Saved(stored.revision(), stored.updatedAt());
    }
    if (baseRevision != null && baseRevision != stored.revision()) {
      return new SaveOutcome.Conflict(stored, input.value(), input.notApplicable());
    }
    return write.get();
  }

  /**
   * Whether the stored answer already is the input: same flag and, unless n/a, same text; and the
   * same mark and evidence, when the input brings any.
   */
  static boolean holds(AnswerView stored, AnswerInput input) {
    return stored.notApplicable() == input.notApplicable()
        && (input.notApplicable() || Objects.equals(stored.value(), input.value()))
        && input.provenanceAfter(stored.provenance()).equals(stored.provenance());
  }
}
