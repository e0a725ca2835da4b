package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.admin.peers.GeneratedSchool;
import org.socialmission.metrics.benchmark.AnswerProfile;
import org.socialmission.metrics.benchmark.AnswerProfiler;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.report.ModalitySection.QuestionLine;

/** The report of a demo school among the generated peers, end to end. */
class BenchmarkReportAssemblerTest {

  private static List<GeneratedSchool> schools;
  private static QuestionnaireCatalog catalog;

  @BeforeAll
  static void generate() {
    catalog = QuestionnaireCatalog.load(Path.of("questionnaires"));
    schools =
        new DemoPeerGenerator(catalog)
            .generate(2019L, SampleWorkbook.CYCLE, SampleWorkbook.EARLIER);
  }

  private static BenchmarkReport report(String code, int k) {
    return new BenchmarkReportAssembler(new PeerAnonymizer(k))
        .assemble(SampleWorkbook.request(catalog, schools, code), new Random(9), Instant.EPOCH);
  }

  private static List<QuestionLine> lines(BenchmarkReport report) {
    return report.sections().stream().flatMap(s -> s.questions().stream()).toList();
  }

  @Test
  void reportsTheSchoolAmongItsPeers() {
    BenchmarkReport report = report("MED-0002", 5);
    assertEquals(8, report.sections().size());
    assertEquals(
        List.of(2023, 2026),
        report.trend().stream().map(BenchmarkReport.TrendPoint::cycle).toList());
    PeerGroupResult.Reported discipline =
        assertInstanceOf(PeerGroupResult.Reported.class, report.groups().get(0));
    assertEquals(82, discipline.n(), "83 medical schools but the school itself");
    assertEquals(241, ((PeerGroupResult.Reported) report.groups().get(1)).n());
  }

  @Test
  void peersAnswersAreAggregatedAndTheirTextNeverShown() {
    BenchmarkReport report = report("MED-0002", 5);
    assertTrue(lines(report).stream().anyMatch(l -> l.peers() instanceof AnswerProfile.Shares));
    assertTrue(lines(report).stream().anyMatch(l -> l.peers() instanceof AnswerProfile.Spread));
    assertTrue(
        lines(report).stream().anyMatch(l -> l.answer().startsWith("=HYPERLINK(")),
        "own text is shown");
    lines(report).stream()
        .filter(l -> l.text().startsWith("Evidence"))
        .forEach(
            l -> assertEquals(new AnswerProfile.Withheld(AnswerProfiler.FREE_TEXT), l.peers()));
  }

  @Test
  void suppressedDisciplineGroupWithholdsEveryAnswerProfile() {
    BenchmarkReport report = report("DEN-0002", 30);
    assertInstanceOf(PeerGroupResult.Suppressed.class, report.groups().get(0));
    assertTrue(lines(report).stream().allMatch(l -> l.peers() instanceof AnswerProfile.Withheld));
  }

  @Test
  void noPeerIdentityReachesTheReport() {
    BenchmarkReport report = report("NUR-0002", 5);
    String everything = report.groups().toString() + report.sections();
    schools.stream()
        .filter(s -> !s.code().equals("NUR-0002"))
        .forEach(
            s -> {
              assertFalse(everything.contains(s.code()), s.code());
              assertFalse(everything.contains(s.name()), s.name());
            });
  }

  @Test
  void sampleCommandWritesAWorkbookWithTheSchoolsName() throws IOException {
    Path output = Path.of("target", "sample-test", "sample-benchmark.xlsx");
    SampleWorkbook.main(new String[] {output.toString(), "NUR-0002"});
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output))) {
      String title = workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue();
      assertTrue(
          title.endsWith(
              schools.stream()
                  .filter(s -> s.code().equals("NUR-0002"))
                  .findFirst()
                  .orElseThrow()
                  .name()));
      assertEquals(
          CellType.STRING, workbook.getSheet("Summary").getRow(1).getCell(1).getCellType());
    }
  }
}
