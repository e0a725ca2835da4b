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
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Reads a CSV file of schools with the columns {@code
 * code,name,discipline,ownership,region,enrollment} (header required, any order) and checks every
 * row. Usage:
 *
 * <pre>{@code
 * ImportResult<SchoolRow> result =
 *     new SchoolCsvReader(Map.of("medicine", "MED", "nursing", "NUR", "dentistry", "DEN")).read(upload);
 * if (!result.isValid()) { show(result.errors()); }
 * }</pre>
 *
 * <p>A row is valid when: the discipline is a known code (any case); the code is that discipline's
 * prefix, a dash and at least four digits ({@code MED-0001}), at most 16 characters, and appears
 * only once in the file; the name is not blank and at most 200 characters; ownership is {@code
 * public} or {@code private} and region one of {@code northeast, midwest, south, west} (any case);
 * enrollment is a whole number of 0 or more. Whether a code already exists in the database is the
 * caller's check.
 */
public final class SchoolCsvReader {

  /** The columns a school file has. */
  public static final List<String> COLUMNS =
      List.of("code", "name", "discipline", "ownership", "region", "enrollment");

  private static final int MAX_CODE = 16;
  private static final int MAX_NAME = 200;
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

  private final Map<String, String> prefixes;

  /**
   * A reader for these disciplines.
   *
   * @param prefixByDiscipline the school-code prefix ({@code MED}) of each discipline code ({@code
   *     medicine})
   */
  public SchoolCsvReader(Map<String, String> prefixByDiscipline) {
    if (prefixByDiscipline.isEmpty()) {
      throw new IllegalArgumentException("at least one discipline is needed");
    }
    this.prefixes = new TreeMap<>(prefixByDiscipline);
  }

  /**
   * All the schools of the file, or all of its problems; reads the stream to its end, does not
   * close it.
   */
  public ImportResult<SchoolRow> read(InputStream csv) throws IOException {
    ImportResult<CsvRow> table = CsvTable.read(csv, COLUMNS);
    if (!table.isValid()) {
      return ImportResult.invalid(table.errors());
    }
    List<ImportError> errors = new ArrayList<>();
    List<SchoolRow> schools = new ArrayList<>();
    Map<String, Integer> lineOfCode = new HashMap<>();
    for (CsvRow row : table.rows()) {
      int before = errors.size();
      Optional<String> discipline = discipline(row, errors);
      code(row, discipline, lineOfCode, errors);
      Optional<SchoolRow> school = school(row, discipline.orElse(""), errors);
      if (errors.size() == before) {
        school.ifPresent(schools::add);
      }
    }
    return errors.isEmpty() ? ImportResult.valid(schools) : ImportResult.invalid(errors);
  }

  private Optional<String> discipline(CsvRow row, List<ImportError> errors) {
    String value = row.value("discipline");
    Optional<String> known =
        prefixes.keySet().stream().filter(d -> d.equalsIgnoreCase(value)).findFirst();
    if (known.isEmpty()) {
      String allowed = String.join(", ", prefixes.keySet());
      errors.add(
          row.error(
              "discipline",
              value.isEmpty()
                  ? Message.of("import.discipline.missing", allowed)
                  : Message.of("import.discipline.unknown", value, allowed)));
    }
    return known;
  }

  private void code(
      CsvRow row,
      Optional<String> discipline,
      Map<String, Integer> lineOfCode,
      List<ImportError> errors) {
    String code = row.value("code");
    String prefix = discipline.map(prefixes::get).map(Pattern::quote).orElse("[A-Z]+");
    if (code.length() > MAX_CODE || !code.matches(prefix + "-\\d{4,}")) {
      errors.add(row.error("code", codeHint(discipline)));
      return;
    }
    Integer earlier = lineOfCode.putIfAbsent(code, row.line());
    if (earlier != null) {
      errors.add(row.error("code", Message.of("import.code.repeated", code, earlier)));
    }
  }

  private Message codeHint(Optional<String> discipline) {
    String prefix = discipline.map(prefixes::get).orElse(prefixes.values().iterator().next());
    return discipline
        .map(d -> Message.of("import.code.formatOf", d, prefix))
        .orElseGet(() -> Message.of("import.code.format", prefix));
  }

  private static Optional<SchoolRow> school(
      CsvRow row, String discipline, List<ImportError> errors) {
    String name = name(row, errors);
    Ownership ownership = constant(row, "ownership", Ownership.class, errors);
    Region region = constant(row, "region", Region.class, errors);
    int enrollment = enrollment(row, errors);
    if (name == null || ownership == null || region == null || enrollment < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new SchoolRow(
            row.line(), row.value("code"), name, discipline, ownership, region, enrollment));
  }

  private static String name(CsvRow row, List<ImportError> errors) {
    String name = row.value("name");
    if (name.isBlank()) {
      errors.add(row.error("name", Message.of("import.name.missing")));
    } else if (name.length() > MAX_NAME) {
      errors.add(row.error("name", Message.of("import.name.tooLong", MAX_NAME)));
    } else {
      return name;
    }
    return null;
  }

  private static <E extends Enum<E>> E constant(
      CsvRow row, String column, Class<E> type, List<ImportError> errors) {
    String value = row.value(column).toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    List<String> allowed =
        Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    errors.add(row.error(column, Message.of("import.oneOf", String.join(", ", allowed))));
    return null;
  }

  private static int enrollment(CsvRow row, List<ImportError> errors) {
    String value = row.value("enrollment");
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      errors.add(row.error("enrollment", Message.of("import.enrollment")));
      return -1;
    }
    return Integer.parseInt(value);
  }
}
