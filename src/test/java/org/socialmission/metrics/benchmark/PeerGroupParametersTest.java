package org.socialmission.metrics.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.PeerGroupSpec.Scope;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

class PeerGroupParametersTest {

  @Test
  void withoutParametersTheGroupIsTheUnfilteredDiscipline() {
    assertEquals(PeerGroupSpec.of(Scope.DISCIPLINE), PeerGroupParameters.parse(null, null, " "));
  }

  @Test
  void readsEveryParameterInAnyLetterCase() {
    assertEquals(
        PeerGroupSpec.of(Scope.ALL).withOwnership(Ownership.PRIVATE).withRegion(Region.WEST),
        PeerGroupParameters.parse("All", "private", " WEST "));
  }

  @Test
  void anUnknownValueIsRefusedNamingTheAllowedOnes() {
    var refused =
        assertThrows(
            ApplicationException.class, () -> PeerGroupParameters.parse("discipline", null, "x"));
    assertEquals(
        "Unknown region 'x'; use one of [northeast, midwest, south, west].", refused.getMessage());
    assertTrue(
        assertThrows(ApplicationException.class, () -> PeerGroupParameters.parse("", null, null))
            .getMessage()
            .contains("[discipline, all]"));
  }

  @Test
  void readsASizeBandAmongTheGivenBands() {
    SizeBands bands = SizeBands.parse("300,600,1000");
    assertEquals(
        PeerGroupSpec.of(Scope.DISCIPLINE).withSize(bands.of(450)),
        PeerGroupParameters.parse(null, "", null, "300-599", bands));
    assertThrows(
        ApplicationException.class,
        () -> PeerGroupParameters.parse(null, null, null, "small", bands));
  }
}
