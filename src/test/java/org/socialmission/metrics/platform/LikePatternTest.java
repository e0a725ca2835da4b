package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed search text is taken literally: its wildcards are escaped. */
class LikePatternTest {

  @Test
  void wildcardsAndTheEscapeAreEscaped() {
    assertEquals(Optional.of("%100\\% rural\\_x\\\\%"), LikePattern.containing(" 100% Rural_x\\ "));
  }

  @Test
  void nothingTypedFindsEverything() {
    assertEquals(Optional.of("%%"), LikePattern.containing(null));
  }

  @Test
  void textNoColumnCanHoldFindsNothing() {
    assertEquals(Optional.empty(), LikePattern.containing("a\u0000"));
  }
}
