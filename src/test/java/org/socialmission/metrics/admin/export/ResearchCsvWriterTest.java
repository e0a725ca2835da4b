package org.socialmission.metrics.admin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.socialmission.metrics.school.Ownership.PUBLIC;
import static org.socialmission.metrics.school.Region.SOUTH;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.admin.export.ResearchCell.Range;

/** Researchers open the CSV in R or Python and find exactly the data set, nothing more. */
class ResearchCsvWriterTest {

  private static ResearchDataset dataset() {
    List<ResearchInput> schools = ResearchFixture.thirtyMedicalSchools();
    ResearchFixture.add(schools, 5, "nursing", PUBLIC, SOUTH);
    return new ResearchExporter(5).export(schools, new Random(3));
  }

  private static String write(ResearchDataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ResearchCsvWriter().write(dataset, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void readsBackAsTheSameDataSet() throws IOException {
    ResearchDataset dataset = dataset();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(write(dataset)), format)) {
      assertEquals(dataset.header(), parser.getHeaderNames());
      List<CSVRecord> records = parser.getRecords();
      assertEquals(dataset.rows().size(), records.size());
      for (int i = 0; i < records.size(); i++) {
        assertRecord(dataset.rows().get(i), records.get(i));
      }
    }
  }

  private static void assertRecord(ResearchRow row, CSVRecord record) {
    assertEquals(row.pseudonym(), record.get("pseudonym"));
    assertEquals(row.discipline(), record.get("discipline"));
    assertEquals(row.ownershipText(), record.get("ownership"));
    assertEquals(row.regionText(), record.get("region"));
    Range overall = (Range) row.cell("overall");
    assertEquals(overall.from().toPlainString(), record.get("overall.from"));
    assertEquals("50", record.get("mission.from"));
    assertEquals("60", record.get("mission.to"));
    assertEquals("", record.get("debt.from"), "an undefined score is an empty cell");
    assertEquals("yes", record.get("mission.plan-targets.workforce-diversity"));
    assertEquals("no", record.get("mission.plan-targets.local-health-outcomes"));
    assertEquals("NA", record.get("mission.equity-research-share.from"));
    assertEquals("0", record.get("pipeline.pathway-participants.from"));
    assertEquals("25", record.get("pipeline.pathway-participants.to"));
    if (row.discipline().equals("nursing")) {
      assertEquals("", record.get("pipeline.mcat-preparation"), "not in nursing's questionnaire");
    }
  }

  @Test
  void neverWritesFreeTextOrSchoolIdentity() throws IOException {
    String csv = write(dataset());
    assertFalse(csv.contains(ResearchFixture.SECRET));
    assertFalse(csv.contains("mission.evidence"));
    assertFalse(csv.contains("12.5"), "no exact number");
    assertFalse(csv.startsWith("\uFEFF"));
  }
}
