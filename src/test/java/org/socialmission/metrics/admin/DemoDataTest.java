package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.account.Role;

class DemoDataTest {

  @Test
  void oneSchoolPerDisciplineEachWithADeanAndTwoTeamMembers() {
    assertEquals(
        3, DemoData.SCHOOLS.stream().map(DemoData.DemoSchool::discipline).distinct().count());
    for (DemoData.DemoSchool school : DemoData.SCHOOLS) {
      Map<Role, Long> roles =
          DemoData.ACCOUNTS.stream()
              .filter(a -> school.code().equals(a.schoolCode()))
              .collect(Collectors.groupingBy(DemoData.DemoAccount::role, Collectors.counting()));
      assertEquals(Map.of(Role.DEAN, 1L, Role.TEAM_MEMBER, 2L), roles, school.code());
    }
  }

  @Test
  void exactlyOneStaffAccountWithoutSchool() {
    var staff = DemoData.ACCOUNTS.stream().filter(a -> a.role() == Role.STAFF).toList();
    assertEquals(1, staff.size());
    assertEquals(null, staff.get(0).schoolCode());
  }
}
