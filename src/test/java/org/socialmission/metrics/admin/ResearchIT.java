package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The research data set of the current cycle as a researcher downloads it, checked from the file
 * alone: no row is singled out by its attributes, nor by its attributes together with any one
 * column, and no number leaves exact.
 */
@ExtendWith(ArquillianExtension.class)
class ResearchIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();
  private static final int K = 5;

  @ArquillianResource private URL base;

  @Test
  void noAttributeCombinationWithAnyOneColumnSinglesOutFewerThanKSchools() throws IOException {
    var csv = new Api(base).download("api/research/" + CYCLE + ".csv", TestSchool.STAFF);
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      List<CSVRecord> records = parser.getRecords();
      assertTrue(records.size() >= 242, "the demo schools and more");
      assertTrue(header.containsAll(List.of("debt.median-debt.from", "debt.median-debt.to")));
      assertFalse(header.contains("debt.median-debt"), "no exact debt column");
      Map<List<String>, Integer> counts = new HashMap<>();
      for (CSVRecord record : records) {
        List<String> attributes =
            List.of(record.get("discipline"), record.get("ownership"), record.get("region"));
        counts.merge(attributes, 1, Integer::sum);
        for (String column : header.subList(4, header.size())) {
          List<String> key = new ArrayList<>(attributes);
          key.add(column + "=" + pair(record, column));
          counts.merge(key, 1, Integer::sum);
        }
      }
      counts.forEach(
          (combination, count) ->
              assertTrue(count >= K, () -> combination + " singles out " + count + " schools"));
    }
  }

  @Test
  void theWorkbookWritesTheLimitsOfBandsAsNumbers() throws IOException {
    var xlsx = new Api(base).download("api/research/" + CYCLE + ".xlsx", TestSchool.STAFF);
    assertEquals(200, xlsx.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet data = workbook.getSheet("Data");
      List<String> header = new ArrayList<>();
      data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      int overall = header.indexOf("overall.from");
      int numbers = 0;
      for (Row row : data) {
        if (row.getRowNum() > 0 && row.getCell(overall).getCellType() == CellType.NUMERIC) {
          numbers++;
          assertEquals(0, row.getCell(overall).getNumericCellValue() % 10, "ten-point bands");
        }
      }
      assertTrue(numbers > 200, "scores are numeric cells: " + numbers);
    }
  }

  /** A range column's value is its from and to together; other columns stand alone. */
  private static String pair(CSVRecord record, String column) {
    if (column.endsWith(".from")) {
      return record.get(column) + ".." + record.get(column.replace(".from", ".to"));
    }
    return column.endsWith(".to") ? "(with .from)" : record.get(column);
  }
}
