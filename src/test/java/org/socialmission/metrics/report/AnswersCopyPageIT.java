package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.TestSchool;

/** The dean prints the school's answers from the review page; the results page offers it too. */
@ExtendWith(ArquillianExtension.class)
class AnswersCopyPageIT {

  @ArquillianResource private URL base;

  @Test
  void theDeanDownloadsThePdfCopyWithTheSchoolsAnswersFromTheReviewPage() throws IOException {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    Assessments.answerEverything(api, school);
    try (Browser dean = Browser.signedIn(base, school.dean().email(), school.dean().password())) {
      dean.open("assessment/results.xhtml");
      assertEquals("Printable copy (PDF)", dean.text("downloadPdf"));
      dean.open("assessment/review.xhtml");
      dean.screenshot("review-with-pdf-1366");
      dean.find("downloadPdf").click();
      var file = dean.awaitDownload(".pdf");
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains(school.name()), text);
        assertTrue(text.contains("1. School mission"), text);
        assertTrue(text.contains("Evidence"), "the school's typed answers: " + text);
        assertTrue(text.contains("Overall score"), text);
      }
    }
  }
}
