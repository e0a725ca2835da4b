package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.socialmission.metrics.admin.DemoData;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/** The dean compares the school with peer groups on the results page and downloads the workbook. */
@ExtendWith(ArquillianExtension.class)
class ResultsPageIT {

  @ArquillianResource private URL base;

  private Browser signedIn(String email, String password) {
    return Browser.signedIn(base, email, password);
  }

  @Test
  void theDeanSeesQuartilesForTheChosenGroupAndDownloadsTheWorkbook() throws IOException {
    try (Browser dean = signedIn("dean@nur.example.edu", DemoData.DEAN_PASSWORD)) {
      dean.clickAndWaitForPage("openResults");
      dean.screenshot("results-benchmark-discipline");
      assertEquals("Nursing schools", dean.text("groupLabel"), dean.pageText());
      assertTrue(dean.text("release").startsWith("Peer figures: Release "), "names the release");
      assertEquals(
          9,
          dean.driver().findElements(By.cssSelector("#quartiles tbody tr")).size(),
          "overall and 8 modalities");
      new Select(dean.find("peerGroup:ownership")).selectByValue("private");
      dean.clickAndWaitForPage("peerGroup:compare");
      assertEquals("Nursing schools, private", dean.text("groupLabel"));
      dean.screenshot("results-benchmark-private");
      new Select(dean.find("peerGroup:size")).selectByVisibleText("600–999 students");
      dean.clickAndWaitForPage("peerGroup:compare");
      assertEquals("Nursing schools, private, 600–999 students", dean.text("groupLabel"));
      dean.screenshot("results-benchmark-size");
      dean.find("downloadWorkbook").click();
      var file = dean.awaitDownload(".xlsx");
      try (InputStream in = Files.newInputStream(file);
          var workbook = new XSSFWorkbook(in)) {
        assertNotNull(workbook.getSheet("Summary"));
        assertNotNull(workbook.getSheet("Peers"));
        String title = workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue();
        assertTrue(title.contains("Lakeshore College of Nursing"), title);
      }
    }
  }

  @Test
  void teamMembersSeeTheirScoresButNoPeerComparison() {
    var school = TestSchool.create(new Api(base), "nursing");
    try (Browser member = signedIn(school.member().email(), school.member().password())) {
      member.clickAndWaitForPage("openResults");
      assertEquals("Scores", member.text("pageTitle"));
      assertEquals(
          "Strongest modality: —",
          member.text("strongest"),
          "nothing answered: no modality stands out");
      assertTrue(member.driver().findElements(By.id("benchmark")).isEmpty());
    }
  }
}
