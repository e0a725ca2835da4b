package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorableTextTest {

  @Test
  void ordinaryTextEmojiAndLineBreaksAreStorable() {
    assertEquals(Optional.empty(), StorableText.problem("Community board minutes, 2025 🙂\n\tok"));
    assertEquals(Optional.empty(), StorableText.problem(null));
    assertEquals(Optional.empty(), StorableText.problem(""));
  }

  @Test
  void aNulCharacterIsNamed() {
    assertEquals("text.nul", StorableText.problem("before\u0000after").orElseThrow());
    assertTrue(Message.of("text.nul").english().contains("U+0000"));
  }

  @Test
  void loneSurrogatesAreRefusedWhereverTheyStand() {
    assertTrue(StorableText.problem("\uD83D").isPresent(), "high surrogate at the end");
    assertTrue(StorableText.problem("a\uDE42b").isPresent(), "low surrogate alone");
    assertTrue(StorableText.problem("\uDE42\uD83D").isPresent(), "pair in the wrong order");
  }
}
