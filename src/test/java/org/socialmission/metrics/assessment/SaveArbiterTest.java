package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What one save of one answer does: a repeated value is saved without a write, a value someone else
 * changed in between is a conflict showing both, anything else is written.
 */
class SaveArbiterTest {

  private static final LocalDateTime THEN = LocalDateTime.of(2026, 3, 1, 9, 0);
  private static final SaveOutcome WRITTEN = new SaveOutcome.Saved(99, THEN.plusDays(1));

  /** The answer as a colleague last saved it: revision 3. */
  private static final AnswerView THEIRS =
      new AnswerView("mission.evidence", "Their text", false, 3, "Ben", THEN);

  /** Counts the writes the arbiter asks for. */
  private static final class Write implements Supplier<SaveOutcome> {
    int calls;

    @Override
    public SaveOutcome get() {
      calls++;
      return WRITTEN;
    }
  }

  private static AnswerInput mine(String value) {
    return new AnswerInput("mission.evidence", value, false);
  }

  @Test
  void aFirstAnswerIsWritten() {
    Write write = new Write();
    assertEquals(WRITTEN, SaveArbiter.decide(null, mine("Mine"), 0, write));
    assertEquals(1, write.calls);
  }

  @Test
  void aFirstAnswerIsWrittenWhateverBaseTheWriterClaims() {
    Write write = new Write();
    assertEquals(WRITTEN, SaveArbiter.decide(null, mine("Mine"), 5, write));
    assertEquals(1, write.calls, "nothing stored, nothing to conflict with");
  }

  @Test
  void theSameValueAgainIsSavedWithoutAWrite() {
    Write write = new Write();
    assertEquals(
        new SaveOutcome.Saved(3, THEN), SaveArbiter.decide(THEIRS, mine("Their text"), 3, write));
    assertEquals(0, write.calls, "no new revision, no history entry");
  }

  @Test
  void theSameValueAgainConfirmsAnAnswerCarriedFromLastCycle() {
    Write write = new Write();
    var carried =
        new AnswerView(
            "mission.evidence", "Their text", false, 3, "Ben", THEN, Provenance.NONE, 2023);
    assertEquals(WRITTEN, SaveArbiter.decide(carried, mine("Their text"), 3, write));
    assertEquals(1, write.calls, "confirming is written: the answer is no longer marked");
  }

  @Test
  void theSameValueAsAColleagueSavedMeanwhileIsNoConflict() {
    Write write = new Write();
    assertEquals(
        new SaveOutcome.Saved(3, THEN), SaveArbiter.decide(THEIRS, mine("Their text"), 1, write));
    assertEquals(0, write.calls);
  }

  @Test
  void aChangeFromTheCurrentRevisionIsWritten() {
    Write write = new Write();
    assertEquals(WRITTEN, SaveArbiter.decide(THEIRS, mine("Mine"), 3, write));
    assertEquals(1, write.calls);
  }

  @Test
  void aChangeFromAnOlderRevisionIsAConflictWithBothValues() {
    Write write = new Write();
    assertEquals(
        new SaveOutcome.Conflict(THEIRS, "Mine", false),
        SaveArbiter.decide(THEIRS, mine("Mine"), 2, write));
    assertEquals(0, write.calls, "the colleague's answer stays until the writer chooses");
  }

  @Test
  void markingNotApplicableFromAnOlderRevisionIsAConflictToo() {
    Write write = new Write();
    var notApplicable = new AnswerInput("mission.evidence", null, true);
    assertEquals(
        new SaveOutcome.Conflict(THEIRS, null, true),
        SaveArbiter.decide(THEIRS, notApplicable, 2, write));
    assertEquals(0, write.calls);
  }

  @Test
  void withoutABaseRevisionTheWriterOverwrites() {
    Write write = new Write();
    assertEquals(WRITTEN, SaveArbiter.decide(THEIRS, mine("Mine"), null, write));
    assertEquals(1, write.calls);
  }

  @Test
  void notApplicableAgainIsSavedWhateverValueCameAlong() {
    var stored = new AnswerView("mission.evidence", null, true, 4, "Ben", THEN);
    Write write = new Write();
    assertEquals(
        new SaveOutcome.Saved(4, THEN),
        SaveArbiter.decide(stored, new AnswerInput("mission.evidence", "ignored", true), 1, write));
    assertEquals(0, write.calls);
  }

  @Test
  void aValueInsteadOfNotApplicableIsAChange() {
    var stored = new AnswerView("mission.evidence", null, true, 4, "Ben", THEN);
    Write write = new Write();
    assertEquals(WRITTEN, SaveArbiter.decide(stored, mine("Now we know"), 4, write));
    assertEquals(1, write.calls);
  }
}
