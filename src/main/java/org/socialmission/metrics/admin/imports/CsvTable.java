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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.socialmission.metrics.platform.Message;

/**
 * Reads the table of an import file: decodes it ({@link Utf8Text}), checks that the header names
 * exactly the expected columns (in any order and case), and returns the data rows with their
 * physical line numbers, or the problems that keep the file from being read at all: not UTF-8, not
 * CSV, no header, a wrong header, no rows, a row with the wrong number of values.
 *
 * <p>The header is read by hand rather than by Commons CSV's header mapping, so that blank,
 * duplicate, missing and unknown column names all end up in one message. One instance reads one
 * file.
 */
final class CsvTable {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

  private final List<String> columns;
  private final List<ImportError> errors = new ArrayList<>();
  private final List<CsvRow> rows = new ArrayList<>();
  private List<String> header;
  private int lastLine;

  private CsvTable(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  /** The rows of a file that should have exactly these columns. */
  static ImportResult<CsvRow> read(InputStream in, List<String> columns) throws IOException {
    CsvTable table = new CsvTable(columns);
    Optional<String> text = Utf8Text.decode(in.readAllBytes(), table.errors);
    text.ifPresent(table::parse);
    return table.errors.isEmpty()
        ? ImportResult.valid(table.rows)
        : ImportResult.invalid(table.errors);
  }

  private void parse(String text) {
    LineCounter lines = new LineCounter(text);
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
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
    rows.add(new CsvRow(lastLine, byColumn));
  }

  private void finish() {
    if (header == null) {
      errors.add(new ImportError(1, "", Message.of("import.empty", String.join(",", columns))));
    } else if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new ImportError(lastLine + 1, "", Message.of("import.noRows")));
    }
  }
}
