package org.socialmission.metrics.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import org.socialmission.metrics.platform.Times;

/**
 * Writes a one-page certificate of participation (PDF, A4 landscape) from {@link CertificateFacts}
 * with openhtmltopdf: the school, its discipline, the cycle and the date submitted, the
 * verification code and the address where anyone can check it. Every value is escaped, so a school
 * name cannot inject markup. Usage:
 *
 * <pre>{@code
 * new CertificateWriter().write(facts, response.getOutputStream());
 * }</pre>
 */
public final class CertificateWriter {

  private static final String STYLE =
      "@page { size: A4 landscape; margin: 12mm; }"
          + " body { font-family: sans-serif; color: #1f2933; margin: 0; }"
          + " .frame { border: 3px solid #0b6e4f; padding: 10mm 16mm; min-height: 150mm; }"
          + " .initiative { color: #0b6e4f; font-size: 13pt; letter-spacing: 1px;"
          + " text-transform: uppercase; margin: 0; }"
          + " h1 { font-size: 30pt; margin: 5mm 0 8mm; font-weight: normal; }"
          + " .school { font-size: 24pt; font-weight: bold; margin: 0 0 2mm; }"
          + " .school.long { font-size: 17pt; }"
          + " .discipline { font-size: 13pt; color: #52606d; margin: 0 0 8mm; }"
          + " .statement { font-size: 14pt; line-height: 1.5; margin: 0 0 12mm; }"
          + " .verify { font-size: 10.5pt; color: #52606d; border-top: 1px solid #d9e2ec;"
          + " padding-top: 4mm; }"
          + " .code { font-family: monospace; font-size: 12pt; color: #1f2933; }";

  /** Names longer than this (in characters) are set smaller, so that the page holds any name. */
  private static final int LONG_NAME = 80;

  /** Writes the certificate to {@code out}, which the caller closes. */
  public void write(CertificateFacts facts, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html(facts), null);
    builder.toStream(out);
    builder.run();
  }

  /** The certificate as XHTML, every value escaped. */
  static String html(CertificateFacts facts) {
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
        + "<meta charset=\"UTF-8\"/><title>Certificate of participation</title><style>"
        + STYLE
        + "</style></head><body><div class=\"frame\">"
        + "<p class=\"initiative\">Social Mission Metrics Initiative</p>"
        + "<h1>Certificate of participation</h1>"
        + (facts.schoolName().length() > LONG_NAME
            ? "<p class=\"school long\">"
            : "<p class=\"school\">")
        + escape(facts.schoolName())
        + "</p><p class=\"discipline\">"
        + escape(facts.discipline())
        + "</p><p class=\"statement\">took part in the "
        + facts.cycle()
        + " cycle of the Social Mission Metrics self-assessment and submitted its assessment"
        + " of the school's social mission on "
        + escape(Times.date(facts.submittedAt()))
        + ".</p><div class=\"verify\"><p>Verification code: <span class=\"code\">"
        + escape(facts.code())
        + "</span></p><p>Anyone can check this certificate at "
        + escape(facts.verifyUrl().toString())
        + "</p><p>This certificate states participation only; it shows no scores.</p>"
        + "</div></div></body></html>";
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
