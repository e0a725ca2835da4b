package org.socialmission.metrics.admin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.account.EmailAddress;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.StorableText;

/**
 * Reads a CSV file of accounts with the columns {@code email,name,role,school_code} (header
 * required, any order) and checks every row. Usage:
 *
 * <pre>{@code
 * ImportResult<AccountRow> result = new AccountCsvReader().read(upload);
 * if (!result.isValid()) { show(result.errors()); }
 * }</pre>
 *
 * <p>A row is valid when: the email is an address (something@domain.tld) and appears only once in
 * the file (in any letter case); the name is not blank, at most 200 characters, and storable; the
 * role is {@code team_member}, {@code dean} or {@code staff} (any case, a space or dash for the
 * underscore); team members and deans name a school code, staff none. Whether the school exists and
 * whether the email has an account already is the caller's check.
 */
public final class AccountCsvReader {

  /** The columns an account file has. */
  public static final List<String> COLUMNS = List.of("email", "name", "role", "school_code");

  private static final int MAX_NAME = 200;

  /**
   * All the accounts of the file, or all of its problems; reads the stream to its end, does not
   * close it.
   */
  public ImportResult<AccountRow> read(InputStream csv) throws IOException {
    ImportResult<CsvRow> table = CsvTable.read(csv, COLUMNS);
    if (!table.isValid()) {
      return ImportResult.invalid(table.errors());
    }
    List<ImportError> errors = new ArrayList<>();
    List<AccountRow> accounts = new ArrayList<>();
    Map<String, Integer> lineOfEmail = new HashMap<>();
    for (CsvRow row : table.rows()) {
      int before = errors.size();
      String email = email(row, lineOfEmail, errors);
      String name = name(row, errors);
      Optional<Role> role = role(row, errors);
      String school = role.map(r -> school(row, r, errors)).orElse(null);
      if (errors.size() == before) {
        accounts.add(new AccountRow(row.line(), email, name, role.orElseThrow(), school));
      }
    }
    return errors.isEmpty() ? ImportResult.valid(accounts) : ImportResult.invalid(errors);
  }

  private static String email(
      CsvRow row, Map<String, Integer> lineOfEmail, List<ImportError> errors) {
    String email = row.value("email").toLowerCase(Locale.ROOT);
    if (!EmailAddress.isValid(email)) {
      errors.add(row.error("email", Message.of("import.account.email")));
      return email;
    }
    Integer earlier = lineOfEmail.putIfAbsent(email, row.line());
    if (earlier != null) {
      errors.add(row.error("email", Message.of("import.account.emailRepeated", email, earlier)));
    }
    return email;
  }

  private static String name(CsvRow row, List<ImportError> errors) {
    String name = row.value("name");
    if (name.isBlank()) {
      errors.add(row.error("name", Message.of("import.account.nameMissing")));
    } else if (name.length() > MAX_NAME) {
      errors.add(row.error("name", Message.of("import.name.tooLong", MAX_NAME)));
    } else {
      StorableText.problem(name)
          .ifPresent(
              problem ->
                  errors.add(
                      row.error(
                          "name", Message.of("account.nameNotStorable", Message.of(problem)))));
    }
    return name;
  }

  private static Optional<Role> role(CsvRow row, List<ImportError> errors) {
    String value = row.value("role").strip().toUpperCase(Locale.ROOT).replaceAll("[ -]", "_");
    Optional<Role> role =
        Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findAny();
    if (role.isEmpty()) {
      List<String> allowed =
          Arrays.stream(Role.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
      errors.add(row.error("role", Message.of("import.oneOf", String.join(", ", allowed))));
    }
    return role;
  }

  private static String school(CsvRow row, Role role, List<ImportError> errors) {
    String code = row.value("school_code").strip().toUpperCase(Locale.ROOT);
    if (role.belongsToSchool() && code.isEmpty()) {
      errors.add(row.error("school_code", Message.of("import.account.schoolMissing")));
    } else if (!role.belongsToSchool() && !code.isEmpty()) {
      errors.add(row.error("school_code", Message.of("import.account.staffNoSchool")));
    }
    return code.isEmpty() ? null : code;
  }
}
