package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The certificate of participation: the dean downloads it after submission, and anyone confirms it
 * at /verify/{code}, which knows nothing of made-up codes.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();
  private static final Pattern CODE = Pattern.compile("Verification code: ([A-Za-z0-9_-]{22})");

  @ArquillianResource private URL base;

  private String path(TestSchool school) {
    return school.assessmentPath(CYCLE) + "/certificate.pdf";
  }

  /** The text of the one-page certificate and its code. */
  private static String[] certificate(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages(), "one page");
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      Matcher code = CODE.matcher(text);
      assertTrue(code.find(), text);
      return new String[] {text, code.group(1)};
    }
  }

  @Test
  void theDeansCertificateIsConfirmedAtItsAddressAndAMadeUpCodeIsNot() throws IOException {
    var api = new Api(base);
    TestSchool school = TestSchool.create(api, "nursing");
    assertEquals(
        200, api.get(school.assessmentPath(CYCLE), school.dean()).statusCode(), "starts it");
    assertEquals(409, api.download(path(school), school.dean()).statusCode(), "not submitted yet");
    Submissions.submitEverything(api, school, CYCLE, 1);
    assertEquals(403, api.download(path(school), school.member()).statusCode());
    assertEquals(403, api.download(path(school), TestSchool.STAFF).statusCode());
    TestSchool other = TestSchool.create(api, "nursing");
    assertEquals(403, api.download(path(school), other.dean()).statusCode(), "another dean");
    assertEquals(
        404,
        api.download(school.assessmentPath(CYCLE - 5) + "/certificate.pdf", school.dean())
            .statusCode(),
        "a cycle the school never took part in");

    var download = api.download(path(school), school.dean());
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    String[] certificate = certificate(download.body());
    String text = certificate[0];
    assertTrue(text.contains(school.name()), text);
    assertTrue(text.contains(String.valueOf(CYCLE)), text);
    assertTrue(text.contains("Nursing"), text);
    assertTrue(text.contains("/verify/" + certificate[1]), text);
    assertFalse(text.toLowerCase().contains("score:"), "no scores");
    assertEquals(
        certificate[1],
        certificate(api.download(path(school), school.dean()).body())[1],
        "the same submission keeps its code");

    var verified = api.get("verify/" + certificate[1], null, null);
    assertEquals(200, verified.statusCode());
    assertTrue(verified.body().contains(school.name()), verified.body());
    assertTrue(verified.body().contains("genuine certificate"), verified.body());
    assertFalse(verified.body().contains(school.code()), "only the facts the certificate states");

    var madeUp = api.get("verify/AAAAAAAAAAAAAAAAAAAAAA", null, null);
    assertEquals(404, madeUp.statusCode());
    assertTrue(madeUp.body().contains("No certificate of participation has this code."));
    assertEquals(404, api.get("verify/not-even-a-code", null, null).statusCode());
  }

  @Test
  void aReopenedAssessmentsCertificateSaysItsSubmissionNoLongerStands() throws IOException {
    var api = new Api(base);
    TestSchool school = TestSchool.create(api, "dentistry");
    Submissions.submitEverything(api, school, CYCLE, 2);
    String code = certificate(api.download(path(school), school.dean()).body())[1];
    Submissions.reopen(api, school, CYCLE);
    var verified = api.get("verify/" + code, null, null);
    assertEquals(200, verified.statusCode());
    assertTrue(verified.body().contains("reopened its assessment"), verified.body());
    assertEquals(409, api.download(path(school), school.dean()).statusCode());
    Submissions.submitEverything(api, school, CYCLE, 2);
    String again = certificate(api.download(path(school), school.dean()).body())[1];
    assertFalse(again.equals(code), "a new submission, a new certificate");
    assertTrue(api.get("verify/" + again, null, null).body().contains("genuine certificate"));
  }
}
