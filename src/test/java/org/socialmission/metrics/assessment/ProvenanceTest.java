package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.scoring.DataQuality;

/** The mark and evidence a school gives beside an answer, as a writer sends them. */
class ProvenanceTest {

  private static final String QUESTION = "debt.median-debt";

  private static String refusal(String quality, String... evidence) {
    InvalidAnswerException refused =
        assertThrows(
            InvalidAnswerException.class,
            () -> Provenance.of(QUESTION, quality, Arrays.asList(evidence)));
    assertEquals(QUESTION, refused.questionId());
    return refused.getMessage();
  }

  @Test
  void aMarkAndItsEvidenceAreKeptInOrderBlankItemsDropped() {
    Provenance given =
        Provenance.of(
            QUESTION,
            "Not tracked",
            Arrays.asList(
                "  Financial aid office, fall 2025 ", "", null, "https://example.org/aid"));
    assertEquals(Optional.of(DataQuality.NOT_TRACKED), given.mark());
    assertEquals(
        List.of("Financial aid office, fall 2025", "https://example.org/aid"), given.evidence());
    assertTrue(Provenance.of(QUESTION, " ", List.of()).isEmpty());
  }

  @Test
  void aDocumentNameThatMentionsAnAddressIsTextNotARefusedLink() {
    String name = "Board minutes 2024 (scanned copy, see https://intranet/minutes p. 3)";
    assertEquals(List.of(name), Provenance.of(QUESTION, null, List.of(name)).evidence());
    assertEquals(Optional.empty(), Provenance.link(name));
  }

  @Test
  void anItemThatStartsLikeAnAddressMustBeAWebLink() {
    assertEquals(
        Optional.of(URI.create("https://example.org/aid")),
        Provenance.link(
            Provenance.of(QUESTION, null, List.of("https://example.org/aid")).evidence().get(0)));
    assertTrue(refusal(null, "javascript://alert(1)").contains("javascript://alert(1)"));
    assertTrue(refusal(null, "ftp://files.example.org/aid.pdf").contains("not a web address"));
    assertTrue(refusal(null, "https://").contains("not a web address"));
  }

  @Test
  void anUnknownMarkTooManyTooLongOrMultiLineItemsAreRefused() {
    assertTrue(refusal("guess").contains("'guess'"));
    assertTrue(
        refusal(
                null,
                Collections.nCopies(Provenance.MAX_ITEMS + 1, "a file").toArray(String[]::new))
            .contains(String.valueOf(Provenance.MAX_ITEMS)));
    assertTrue(refusal(null, "x".repeat(Provenance.MAX_ITEM + 1)).contains("characters"));
    assertTrue(refusal(null, "first line\nsecond line").contains("line of its own"));
  }
}
