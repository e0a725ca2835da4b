package org.socialmission.metrics.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.school.Ownership;

class SizeBandsTest {

  private static final SizeBands BANDS = SizeBands.parse("300, 600,1000");

  @Test
  void limitsGiveBandsThatCoverEveryEnrollmentOnceWithTheirRanges() {
    assertEquals(
        List.of("0–299 students", "300–599 students", "600–999 students", "1,000 or more students"),
        BANDS.bands().stream().map(SizeBand::label).toList());
    assertEquals("0-299", BANDS.of(0).id());
    assertEquals("300-599", BANDS.of(300).id());
    assertEquals("300-599", BANDS.of(599).id());
    assertEquals("1000-", BANDS.of(25_000).id());
    assertEquals("300,600,1000", BANDS.spec());
  }

  @Test
  void bandsAreFoundByTheirIdAndUnknownOnesAreNamed() {
    assertEquals(Optional.of(BANDS.of(700)), BANDS.find(" 600-999 "));
    assertEquals(Optional.empty(), BANDS.find(""));
    var refused = assertThrows(ApplicationException.class, () -> BANDS.find("300-600"));
    assertEquals(
        "Unknown size '300-600'; use one of [0-299, 300-599, 600-999, 1000-].",
        refused.getMessage());
  }

  @Test
  void badLimitsAreRefusedAndBlankMeansNoSizeFilter() {
    assertThrows(IllegalArgumentException.class, () -> SizeBands.parse("600,300"));
    assertThrows(IllegalArgumentException.class, () -> SizeBands.parse("0,300"));
    assertThrows(IllegalArgumentException.class, () -> SizeBands.parse("many"));
    assertFalse(SizeBands.parse(" ").isFilter());
  }

  @Test
  void groupKeysReadBackWhatTheyWrite() {
    GroupKey key =
        PeerGroupSpec.of(PeerGroupSpec.Scope.DISCIPLINE)
            .withOwnership(Ownership.PUBLIC)
            .withSize(BANDS.of(1200))
            .key("medicine");
    assertEquals("medicine/public/-/1000-", key.toString());
    assertEquals(key, GroupKey.parse(key.toString()));
    assertEquals("Medicine schools, public, 1,000 or more students", key.label());
    GroupKey all = PeerGroupSpec.of(PeerGroupSpec.Scope.ALL).key("nursing");
    assertEquals("all/-/-/-", all.toString());
    assertEquals(all, GroupKey.parse("all/-/-/-"));
  }
}
