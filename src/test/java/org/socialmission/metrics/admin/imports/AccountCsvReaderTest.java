package org.socialmission.metrics.admin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.account.Role;

/**
 * Staff onboard a cycle's people from one file and see every mistake of the file at once, with its
 * line and column.
 */
class AccountCsvReaderTest {

  private static final String HEADER = "email,name,role,school_code\n";

  static ImportResult<AccountRow> read(String csv) throws IOException {
    return new AccountCsvReader()
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsEveryRowOfAGoodFileInAnyColumnOrderAndCase() throws IOException {
    ImportResult<AccountRow> result =
        read(
            "Name,Email,School_Code,Role\n"
                + "Ana Lima,Ana.Lima@Med.Example.edu,med-0001,team_member\n"
                + "\"Okafor, Sam\",sam@smm.example.org,,STAFF\n"
                + "Dee Dean,dee@med.example.edu,MED-0001,Dean\n"
                + "Tom Team,tom@med.example.edu,MED-0001,team member\n");
    assertTrue(result.isValid(), result.errors()::toString);
    assertEquals(
        List.of(
            new AccountRow(2, "ana.lima@med.example.edu", "Ana Lima", Role.TEAM_MEMBER, "MED-0001"),
            new AccountRow(3, "sam@smm.example.org", "Okafor, Sam", Role.STAFF, null),
            new AccountRow(4, "dee@med.example.edu", "Dee Dean", Role.DEAN, "MED-0001"),
            new AccountRow(5, "tom@med.example.edu", "Tom Team", Role.TEAM_MEMBER, "MED-0001")),
        result.rows());
  }

  @Test
  void everyProblemComesWithItsLineAndColumnAndNothingIsRead() throws IOException {
    ImportResult<AccountRow> result =
        read(
            HEADER
                + "not-an-email,Ann,team_member,MED-0001\n"
                + "bob@x.edu,,dean,MED-0001\n"
                + "carl@x.edu,Carl,professor,MED-0001\n"
                + "dora@x.edu,Dora,dean,\n"
                + "eve@x.edu,Eve,staff,MED-0001\n"
                + "BOB@x.edu,Bob Again,team_member,MED-0001\n");
    assertEquals(List.of(), result.rows());
    assertEquals(
        List.of(
            new Problem(2, "email", "Write an email address, such as name@school.edu."),
            new Problem(3, "name", "Enter the person's name."),
            new Problem(4, "role", "Write one of team_member, dean, staff."),
            new Problem(
                5,
                "school_code",
                "Team members and deans belong to a school: write its code, such as MED-0001."),
            new Problem(6, "school_code", "Staff belong to no school: leave school_code empty."),
            new Problem(7, "email", "bob@x.edu appears already on line 3; each account once.")),
        Problem.of(result.errors()));
  }

  @Test
  void aWrongHeaderIsOneProblemOfTheFirstLine() throws IOException {
    ImportResult<AccountRow> result = read("email,name,school\nann@x.edu,Ann,MED-0001\n");
    assertEquals(1, result.errors().size(), result.errors()::toString);
    Problem problem = Problem.of(result.errors().get(0));
    assertEquals(1, problem.line());
    assertTrue(
        problem.message().contains("role") && problem.message().contains("school_code"),
        problem.message());
  }
}
