package org.socialmission.metrics.admin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.socialmission.metrics.platform.Message;

/**
 * Reads the table of an import file as a stream: decodes it ({@link Utf8Text}), checks that the
 * header names exactly the expected columns (in any order and case), and hands each data row with
 * its physical line number to the caller as soon as it is read, so that no copy of the whole file
 * is ever held. It reports the problems that keep the file from being read at all: not UTF-8, not
 * CSV, no header, a wrong header, no rows, a row with the wrong number of values; a caller throws
 * away what it made of the rows when there are any.
 *
 * <p>The header is read by hand rather than by Commons CSV's header mapping, so that blank,
 * duplicate, missing and unknown column names all end up in one message. One instance reads one
 * file.
 */
final class CsvTable {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

  private final List<String> columns;
  private final Consumer<CsvRow> rows;
  private final List<ImportError> errors = new ArrayList<>();
  private List<String> header;
  private int lastLine;
  private boolean anyRow;

  private CsvTable(List<String> columns, Consumer<CsvRow> rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
  }

  /**
   * Streams the rows of a file that should have exactly these columns to {@code rows}.
   *
   * @return the problems of the table as a whole; when there are any, the rows handed over so far
   *     must not be used
   */
  static List<ImportError> read(InputStream in, List<String> columns, Consumer<CsvRow> rows)
      throws IOException {
    CsvTable table = new CsvTable(columns, rows);
    try {
      table.parse(new LineCounter(Utf8Text.decode(in)));
    } catch (Utf8Text.Refused refused) {
      return List.of(refused.problem());
    }
    return List.copyOf(table.errors);
  }

  /** The rows of a small file that should have exactly these columns, all at once. */
  static ImportResult<CsvRow> read(InputStream in, List<String> columns) throws IOException {
    List<CsvRow> all = new ArrayList<>();
    List<ImportError> errors = read(in, columns, all::add);
    return errors.isEmpty() ? ImportResult.valid(all) : ImportResult.invalid(errors);
  }

  private void parse(LineCounter lines) throws IOException {
    try (CSVParser parser = CSVParser.parse(lines, FORMAT)) {
      for (CSVRecord record : parser) {
        lastLine = lines.lineOfRecordAt(record.getCharacterPosition());
        if (!CsvRow.allBlank(record.toList()) && !accept(record.toList())) {
          return;
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
      errors.add(new ImportError(lastLine + 1, "", Message.of("import.unclosedQuote")));
      return;
    }
    finish();
  }

  /** Takes the header or a data row; false when reading should stop. */
  private boolean accept(List<String> values) {
    if (header != null) {
      row(values);
      return true;
    }
    header = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    Optional<Message> problem = HeaderCheck.problem(header, columns);
    problem.ifPresent(message -> errors.add(new ImportError(lastLine, "", message)));
    return problem.isEmpty();
  }

  private void row(List<String> values) {
    anyRow = true;
    if (values.size() != header.size()) {
      errors.add(
          new ImportError(
              lastLine, "", Message.of("import.rowLength", values.size(), header.size())));
      return;
    }
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      byColumn.put(header.get(i), values.get(i));
    }
    if (errors.isEmpty()) {
      rows.accept(new CsvRow(lastLine, byColumn));
    }
  }

  private void finish() {
    if (header == null) {
      errors.add(new ImportError(1, "", Message.of("import.empty", String.join(",", columns))));
    } else if (!anyRow && errors.isEmpty()) {
      errors.add(new ImportError(lastLine + 1, "", Message.of("import.noRows")));
    }
  }
}
