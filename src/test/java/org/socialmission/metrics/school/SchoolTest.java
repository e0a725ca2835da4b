package org.socialmission.metrics.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolTest {

  private static final Discipline NURSING = new Discipline("nursing", "Nursing", "NUR");

  @ParameterizedTest
  @ValueSource(strings = {"MED-0001", "NUR-001", "nur-0001", "NUR0001", "NUR-00a1"})
  void codeMustBeTheDisciplinePrefixAndFourDigits(String code) {
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new School(code, "A school", NURSING, Ownership.PUBLIC, Region.WEST, 10));
    assertEquals("A Nursing school code looks like NUR-0001, not " + code, error.getMessage());
  }

  @Test
  void acceptsAValidSchoolAndTrimsItsName() {
    var school =
        new School("NUR-12345", "  Lakeshore  ", NURSING, Ownership.PRIVATE, Region.NORTHEAST, 0);
    assertEquals("Lakeshore", school.getName());
  }

  @Test
  void refusesBlankNamesAndNegativeEnrollment() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new School("NUR-0001", " ", NURSING, Ownership.PUBLIC, Region.WEST, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new School("NUR-0001", "X", NURSING, Ownership.PUBLIC, Region.WEST, -1));
  }
}
