package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentAccess.Action;
import org.socialmission.metrics.platform.AccessDeniedException;

/**
 * Who may do what with a school, as one table: every role, at its own school and at another one,
 * against every action. The access rules are security-critical, so each cell is a test case of its
 * own. Staff belong to no school: both of their rows must read the same.
 */
class AccessMatrixTest {

  private static final String OWN = "MED-0001";
  private static final String OTHER = "DEN-0001";

  /**
   * The table: a role at its own school or at another one, then one cell per column of {@link Can},
   * in its order.
   */
  private static final String TABLE =
      """
      role        school READ WRITE SUBMIT REOPEN OWNERS BENCHMARKS MEMBERS DEANS
      TEAM_MEMBER own    yes  yes   no     no     no     no         no      no
      TEAM_MEMBER other  no   no    no     no     no     no         no      no
      DEAN        own    yes  yes   yes    yes    yes    yes        yes     no
      DEAN        other  no   no    no     no     no     no         no      no
      STAFF       own    yes  no    no     no     no     yes        yes     yes
      STAFF       other  yes  no    no     no     no     yes        yes     yes
      """;

  /** The columns: each asks the production rule that the application asks. */
  enum Can {
    READ(Action.READ),
    WRITE(Action.WRITE),
    SUBMIT(Action.SUBMIT),
    REOPEN(Action.REOPEN),
    /** Assign the owners of the assessment's modalities. */
    OWNERS(Action.ASSIGN_OWNERS),
    /** See the school's benchmarks and download its workbook. */
    BENCHMARKS(SignedInUser::leads),
    /** Create, deactivate and reset the accounts of the school's team members. */
    MEMBERS((user, school) -> user.mayManageAccount(school, Role.TEAM_MEMBER)),
    /** The same for the accounts of the school's deans. */
    DEANS((user, school) -> user.mayManageAccount(school, Role.DEAN));

    /** The assessment action this column is; null for the rules of {@link SignedInUser}. */
    final Action action;

    final BiPredicate<SignedInUser, String> rule;

    Can(Action action) {
      this.action = action;
      this.rule = (user, school) -> AssessmentAccess.allows(user, school, action);
    }

    Can(BiPredicate<SignedInUser, String> rule) {
      this.action = null;
      this.rule = rule;
    }
  }

  /** One test case per cell: role, whose school, column, allowed. */
  static Stream<Arguments> matrix() {
    List<String> lines = TABLE.lines().toList();
    List<String> header = List.of(lines.get(0).split("\\s+"));
    assertEquals(
        Stream.of(Can.values()).map(Can::name).toList(),
        header.subList(2, header.size()),
        "one column per rule, in order");
    return lines.stream().skip(1).map(line -> line.split("\\s+")).flatMap(AccessMatrixTest::cells);
  }

  private static Stream<Arguments> cells(String[] row) {
    return IntStream.range(0, Can.values().length)
        .mapToObj(
            i ->
                Arguments.of(
                    Role.valueOf(row[0]), row[1], Can.values()[i], row[i + 2].equals("yes")));
  }

  /** The cells of the assessment's own actions, which the services enforce with {@code require}. */
  static Stream<Arguments> assessmentCells() {
    return matrix().filter(cell -> ((Can) cell.get()[2]).action != null);
  }

  @ParameterizedTest(name = "{0} at {1} school: {2} -> {3}")
  @MethodSource("matrix")
  void decides(Role role, String whose, Can column, boolean allowed) {
    assertEquals(allowed, column.rule.test(user(role), school(whose)), cell(role, whose, column));
  }

  @ParameterizedTest(name = "{0} at {1} school: {2} -> {3}")
  @MethodSource("assessmentCells")
  void refusesExactlyWhatItDoesNotAllow(Role role, String whose, Can column, boolean allowed) {
    SignedInUser user = user(role);
    if (allowed) {
      AssessmentAccess.require(user, school(whose), column.action);
    } else {
      assertThrows(
          AccessDeniedException.class,
          () -> AssessmentAccess.require(user, school(whose), column.action),
          cell(role, whose, column));
    }
  }

  @Test
  void everyAssessmentActionHasAColumn() {
    assertEquals(
        List.of(Action.values()),
        Stream.of(Can.values()).map(c -> c.action).filter(a -> a != null).toList());
  }

  @Test
  void aRefusalAboutAnotherSchoolSaysOnlyThatItIsNotYours() {
    for (Action action : Action.values()) {
      var refused =
          assertThrows(
              AccessDeniedException.class,
              () -> AssessmentAccess.require(user(Role.DEAN), OTHER, action));
      assertEquals("This school's assessment is not yours to see.", refused.getMessage());
    }
  }

  private static String cell(Role role, String whose, Can column) {
    return role + " at " + whose + " school, " + column;
  }

  private static String school(String whose) {
    return whose.equals("own") ? OWN : OTHER;
  }

  /** A user of the role: team members and deans belong to {@link #OWN}, staff to no school. */
  private static SignedInUser user(Role role) {
    boolean staff = role == Role.STAFF;
    return new SignedInUser(
        7, "someone@example.org", "Someone", role, staff ? null : 1L, staff ? null : OWN);
  }
}
