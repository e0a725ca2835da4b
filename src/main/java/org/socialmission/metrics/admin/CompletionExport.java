package org.socialmission.metrics.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.Times;

/**
 * Writes the completion table as CSV (UTF-8 with a byte order mark, so spreadsheet programs read
 * accents right) or as a streamed XLSX sheet, its headers in the reader's locale and times as
 * {@link Times#data} in the zone the header names. Text that people typed is written as text: in
 * the CSV a value that starts like a formula gets a leading apostrophe, in XLSX it is a string
 * cell.
 */
public final class CompletionExport {

  private CompletionExport() {}

  private static List<String> header(List<String> modalityTitles, Locale locale) {
    List<String> header = new ArrayList<>();
    for (String key : List.of("code", "school", "discipline", "state")) {
      header.add(Message.of("completion.export." + key).in(locale));
    }
    modalityTitles.forEach(t -> header.add(Message.of("completion.export.percent", t).in(locale)));
    header.add(Message.of("completion.export.complete").in(locale));
    header.add(Message.of("completion.export.lastActivity", Times.zoneName()).in(locale));
    return header;
  }

  /** A row as people read it: the state in words ("In progress"), never the constant. */
  private static List<Object> values(CompletionRow row, Locale locale) {
    String state = Message.of("state." + row.state().name()).in(locale);
    List<Object> values = new ArrayList<>(List.of(row.code(), row.name(), row.discipline(), state));
    values.addAll(row.modalityPercents());
    values.add(row.percent());
    values.add(Times.data(row.lastActivity()));
    return values;
  }

  public static void writeCsv(
      List<CompletionRow> rows, List<String> modalityTitles, Locale locale, OutputStream out)
      throws IOException {
    var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
      csv.printRecord(header(modalityTitles, locale));
      for (CompletionRow row : rows) {
        csv.printRecord(
            values(row, locale).stream().map(v -> v instanceof String s ? literal(s) : v).toList());
      }
    }
  }

  public static void writeXlsx(
      List<CompletionRow> rows, List<String> modalityTitles, Locale locale, OutputStream out)
      throws IOException {
    try (var workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet(Message.of("completion.export.sheet").in(locale));
      List<String> header = header(modalityTitles, locale);
      Row head = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        head.createCell(i).setCellValue(header.get(i));
      }
      int r = 1;
      for (CompletionRow row : rows) {
        Row line = sheet.createRow(r++);
        List<Object> values = values(row, locale);
        for (int i = 0; i < values.size(); i++) {
          if (values.get(i) instanceof Integer n) {
            line.createCell(i).setCellValue(n);
          } else {
            line.createCell(i).setCellValue(String.valueOf(values.get(i)));
          }
        }
      }
      sheet.createFreezePane(2, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
      workbook.write(out);
      workbook.dispose();
    }
  }

  /** A CSV value that a spreadsheet program will not run as a formula. */
  static String literal(String value) {
    return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
