package org.socialmission.metrics.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a research data set as CSV (RFC 4180, UTF-8 without byte order mark, CRLF): a header row
 * of {@link ResearchDataset#header()}, then one row per school; range limits as plain decimals
 * ({@code 72.5}), empty cells where there is no value. The stream is flushed, not closed.
 */
public final class ResearchCsvWriter {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

  /** Writes the data set to {@code out}. */
  public void write(ResearchDataset dataset, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    printer.printRecord(dataset.header());
    for (ResearchRow row : dataset.rows()) {
      printer.printRecord(ResearchCells.of(dataset, row).stream().map(ResearchCsvWriter::text));
    }
    printer.flush();
  }

  private static String text(Object cell) {
    return cell instanceof BigDecimal number
        ? number.toPlainString()
        : cell == null ? "" : (String) cell;
  }
}
