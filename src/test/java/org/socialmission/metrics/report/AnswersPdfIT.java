package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The printable copy over the API: whoever may read the assessment gets a PDF with the school's
 * name and answers; another school's dean gets nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AnswersPdfIT {

  private static final int CYCLE = Assessments.CYCLE;
  private static final String SOURCE = "Minutes <board> & annex B";

  @ArquillianResource private URL base;

  @Test
  void theTeamTheDeanAndStaffPrintTheSchoolsAnswersAndNobodyElse() throws IOException {
    var api = new Api(base);
    var school = TestSchool.create(api, "dentistry");
    Assessments.answerEverything(api, school);
    String typed = "Community board minutes <2025> & “equity” plan";
    var read = api.get(school.assessmentPath(CYCLE), school.dean());
    var saved =
        api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("question", "mission.evidence")
                        .add("value", typed)
                        .add("quality", "verified")
                        .add("evidence", Json.createArrayBuilder().add(SOURCE)))
                .build()
                .toString(),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
    String path = school.assessmentPath(CYCLE) + ".pdf";

    var forDean = api.download(path, school.dean());
    assertEquals(200, forDean.statusCode());
    assertEquals("application/pdf", forDean.headers().firstValue("Content-Type").orElseThrow());
    String text = text(forDean);
    assertTrue(text.contains(school.name()), text);
    assertTrue(text.contains("Cycle " + CYCLE), text);
    assertTrue(text.contains(typed), "the school's own words, as typed: " + text);
    assertTrue(text.contains("Evidence"), "every other text answer: " + text);
    assertTrue(
        text.contains(typed + " Data quality: Verified (from records) Evidence: " + SOURCE),
        "the school's mark and evidence under its answer: " + text);
    assertTrue(text.contains("Yes"), "yes/no answers in words: " + text);
    assertTrue(text.contains("Overall score"), text);

    assertEquals(200, api.download(path, school.member()).statusCode(), "a team member");
    assertTrue(text(api.download(path, TestSchool.STAFF)).contains(school.name()), "staff");

    var stranger = TestSchool.create(api, "dentistry");
    var refused = api.download(path, stranger.dean());
    assertEquals(403, refused.statusCode(), "another school's dean");
    assertTrue(new String(refused.body()).contains("not yours"), new String(refused.body()));
    assertEquals(
        404, api.download(school.assessmentPath(2001) + ".pdf", school.dean()).statusCode());
  }

  private static String text(HttpResponse<byte[]> pdf) throws IOException {
    assertEquals(200, pdf.statusCode(), new String(pdf.body()));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
