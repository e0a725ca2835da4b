package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate of participation as a one-page PDF that states the facts and nothing else. */
class CertificateWriterTest {

  private static final CertificateFacts FACTS =
      new CertificateFacts(
          "Xa9_-Qb2LmN0pQrStUvW3y",
          "Riverbend <School> of Medicine & Health",
          "Medicine",
          2026,
          LocalDateTime.of(2026, 5, 4, 15, 30),
          URI.create("https://smm.example.org/verify/Xa9_-Qb2LmN0pQrStUvW3y"));

  @Test
  void onePageWithTheSchoolTheCycleTheDateAndTheCode() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CertificateWriter().write(FACTS, out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertEquals(1, pdf.getNumberOfPages());
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("Riverbend <School> of Medicine & Health"), text);
      assertTrue(text.contains("2026 cycle"), text);
      assertTrue(text.contains("2026-05-04"), text);
      assertTrue(text.contains("Verification code: Xa9_-Qb2LmN0pQrStUvW3y"), text);
      assertTrue(text.contains("https://smm.example.org/verify/Xa9_-Qb2LmN0pQrStUvW3y"), text);
    }
  }

  @Test
  void theLongestSchoolNameStillFitsOnePage() throws IOException {
    String name = "The Long-Named University of the Plains, School of Medicine ".repeat(4).strip();
    name = name.substring(0, 200);
    CertificateFacts facts =
        new CertificateFacts(
            FACTS.code(),
            name,
            FACTS.discipline(),
            FACTS.cycle(),
            FACTS.submittedAt(),
            FACTS.verifyUrl());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CertificateWriter().write(facts, out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertEquals(1, pdf.getNumberOfPages());
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains(FACTS.code()), text);
    }
  }

  @Test
  void everyValueIsEscaped() {
    String html = CertificateWriter.html(FACTS);
    assertTrue(html.contains("Riverbend &lt;School&gt; of Medicine &amp; Health"));
    assertFalse(html.contains("<School>"));
  }
}
