package org.socialmission.metrics.school;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchoolScopeTest {

  @Test
  void aSchoolScopePermitsOnlyThatSchool() {
    var scope = SchoolScope.onlySchool("MED-0001");
    assertTrue(scope.permits("MED-0001"));
    assertFalse(scope.permits("MED-0002"));
    assertFalse(scope.permits("med-0001"));
    assertFalse(scope.permits(null));
  }

  @Test
  void staffScopePermitsEverySchool() {
    assertTrue(SchoolScope.allSchools().permits("DEN-0042"));
  }

  @Test
  void aScopeIsEitherAllOrOne() {
    assertThrows(IllegalArgumentException.class, () -> new SchoolScope(true, "MED-0001"));
    assertThrows(IllegalArgumentException.class, () -> new SchoolScope(false, null));
  }
}
