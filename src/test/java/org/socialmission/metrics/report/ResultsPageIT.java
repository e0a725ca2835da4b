package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
      assertSameAsTheJson(dean);
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

  /**
   * The page's chosen group holds what the benchmark JSON says of the same group (the page places
   * the school in that group alone; the JSON computes every group of the report).
   */
  private void assertSameAsTheJson(Browser dean) {
    String workbook = dean.find("downloadWorkbook").getAttribute("href");
    String path = workbook.substring(workbook.indexOf("api/")).replace(".xlsx", "");
    JsonObject json =
        Api.json(new Api(base).get(path, "dean@nur.example.edu", DemoData.DEAN_PASSWORD));
    JsonObject group =
        json.getJsonArray("groups").stream()
            .map(JsonValue::asJsonObject)
            .filter(g -> g.getString("label").equals(dean.text("groupLabel")))
            .findFirst()
            .orElseThrow();
    assertEquals(group.getInt("n") + " peer schools in this group.", dean.text("peerCount"));
    JsonObject overall = group.getJsonArray("measures").getJsonObject(0);
    List<String> row =
        dean.driver().findElements(By.cssSelector("#quartiles tr.measure-overall td")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        List.of(
            rounded(overall, "own", 1),
            rounded(overall, "median", 1),
            rounded(overall, "percentileRank", 0),
            overall.getString("quartile")),
        row,
        "overall: score, peer median, percentile rank, quartile");
  }

  private static String rounded(JsonObject measure, String figure, int scale) {
    return measure
        .getJsonNumber(figure)
        .bigDecimalValue()
        .setScale(scale, RoundingMode.HALF_UP)
        .toString();
  }

  /**
   * Staff open a school's results by its code; the peer group and the what-if's measure they then
   * choose keep them on that school and cycle, and the address they land on says all of it.
   */
  @Test
  void staffComparingASchoolStayOnThatSchool() {
    try (Browser staff = signedIn(TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.open("assessment/results.xhtml?school=NUR-0002&cycle=2026");
      String school = staff.driver().findElement(By.cssSelector("p.muted")).getText();
      new Select(staff.find("peerGroup:ownership")).selectByValue("private");
      staff.clickAndWaitForPage("peerGroup:compare");
      assertEquals("Nursing schools, private", staff.text("groupLabel"));
      assertEquals(school, staff.driver().findElement(By.cssSelector("p.muted")).getText());
      new Select(staff.find("whatIfForm:measure")).selectByValue("overall");
      staff.clickAndWaitForPage("whatIfForm:show");
      assertEquals("Nursing schools, private", staff.text("groupLabel"), "the group stays");
      assertEquals(school, staff.driver().findElement(By.cssSelector("p.muted")).getText());
      String address = staff.driver().getCurrentUrl();
      for (String part :
          List.of("school=NUR-0002", "cycle=2026", "ownership=private", "measure=overall")) {
        assertTrue(address.contains(part), address);
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
      // The points of every question: a closed section per modality, a row per question.
      var sections = member.driver().findElements(By.cssSelector("details.question-points"));
      assertEquals(8, sections.size());
      sections.get(0).findElement(By.tagName("summary")).click();
      assertTrue(
          sections
              .get(0)
              .findElement(By.tagName("summary"))
              .getText()
              .startsWith("School mission — "),
          sections.get(0).getText());
      var rows = sections.get(0).findElements(By.cssSelector("tbody tr"));
      assertTrue(rows.size() > 1, sections.get(0).getText());
      for (var row : rows) {
        var cells = row.findElements(By.tagName("td"));
        boolean hidden = row.getAttribute("class").equals("status-hidden");
        assertEquals(
            hidden ? "Not shown (condition not met)" : "(no answer)",
            cells.get(1).getText(),
            row.getText());
        assertTrue(cells.get(2).getText().matches("0 / \\d+(\\.\\d+)?"), row.getText());
      }
    }
  }

  /**
   * Where the chart draws the modality labels, from its own layout: labels closer than 2 px to each
   * other, or wider than the room the chart gives them (cut off), or missing.
   */
  private static final String CHART_LABEL_PROBLEMS =
      "var canvas = document.querySelector('.chart-box canvas');"
          + "var c = canvas && window.Chart ? Chart.getChart(canvas) : null;"
          + "if (!c || !c.scales.y) { return null; }"
          + "var y = c.scales.y, font = Chart.helpers.toFont(y.options.ticks.font), out = [];"
          + "c.ctx.save(); c.ctx.font = font.string;"
          + "function lines(i) { var l = y.ticks[i].label; return Array.isArray(l) ? l : [l]; }"
          + "if (y.ticks.length !== 8) { out.push(y.ticks.length + ' of 8 labels'); }"
          + "for (var i = 0; i < y.ticks.length; i++) {"
          + "  var wide = Math.max.apply(null, lines(i).map(function (t) {"
          + "    return c.ctx.measureText(t).width; }));"
          + "  if (y.left < 0 || wide > y.width) {"
          + "    out.push(lines(i).join(' ') + ' cut off: ' + Math.round(wide) + ' px in '"
          + "      + Math.round(y.width)); }"
          + "  if (i + 1 < y.ticks.length) {"
          + "    var gap = y.getPixelForTick(i + 1) - y.getPixelForTick(i)"
          + "      - (lines(i).length + lines(i + 1).length) * font.lineHeight / 2;"
          + "    if (gap < 2) { out.push(lines(i).join(' ') + ' / ' + lines(i + 1).join(' ')"
          + "      + ': ' + gap.toFixed(1) + ' px apart'); }"
          + "  }"
          + "}"
          + "c.ctx.restore();"
          + "if (canvas.getBoundingClientRect().right > document.documentElement.clientWidth + 1) {"
          + "  out.push('the chart is wider than the window'); }"
          + "return out;";

  @Test
  void theModalityChartShowsEveryLabelWholeAndApartOnALaptopAndAPhone() {
    var school = TestSchool.create(new Api(base), "medicine");
    try (Browser member = signedIn(school.member().email(), school.member().password())) {
      for (int width : new int[] {1366, 390}) {
        member.width(width);
        member.open("assessment/results.xhtml");
        Object problems =
            new WebDriverWait(member.driver(), Duration.ofSeconds(10))
                .until(d -> member.script(CHART_LABEL_PROBLEMS));
        member.script("document.querySelector('.chart-box').scrollIntoView();");
        member.screenshot("results-chart-" + width);
        assertEquals(List.of(), problems, "at " + width + " px");
      }
    }
  }
}
