package org.socialmission.metrics.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.socialmission.metrics.platform.Message;

/**
 * Prints an {@link AnswersCopy} as a PDF (A4, openhtmltopdf): the school and cycle, a summary of
 * the scores and owners per modality, then every modality on pages of its own (so that each owner
 * can print their part) with each question, the school's answer (with its data-quality mark and
 * evidence, where the school gave them) and the points it earned, page numbers at the foot. Fixed
 * words come from the bundle in the reader's locale; everything schools or staff typed (names,
 * answers, questionnaire texts) is escaped as XHTML text, so it can never become markup. DejaVu
 * Sans is embedded (the subset the document uses), so any Latin, Greek or Cyrillic text prints as
 * typed. Usage:
 *
 * <pre>{@code
 * AnswersPdfWriter.write(copy, locale, response.getOutputStream());
 * }</pre>
 */
public final class AnswersPdfWriter {

  private static final String FONT = "DejaVu Sans";
  private static final String STYLE =
      "@page { size: A4; margin: 16mm 15mm 18mm 15mm;"
          + " @bottom-right { content: PAGE_NUMBERS; font-family: '"
          + FONT
          + "'; font-size: 8pt; color: #52606d; } }"
          + " body { font-family: '"
          + FONT
          + "'; font-size: 9.5pt; color: #1f2933; line-height: 1.35; }"
          + " .initiative { color: #0b6e4f; font-size: 9pt; text-transform: uppercase;"
          + " letter-spacing: 1px; margin: 0; }"
          + " h1 { font-size: 18pt; margin: 2mm 0 1mm; }"
          + " .meta { color: #52606d; margin: 0 0 1mm; }"
          + " h2 { font-size: 13pt; margin: 7mm 0 1mm; color: #0b6e4f; page-break-after: avoid; }"
          + " h2.modality { page-break-before: always; margin-top: 0; }"
          + " .modality-meta { color: #52606d; margin: 0 0 2mm; page-break-after: avoid; }"
          + " table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }"
          + " th { text-align: left; font-size: 8.5pt; color: #52606d; border-bottom: 1px solid"
          + " #9aa5b1; padding: 1mm 1.5mm; }"
          + " td { vertical-align: top; border-bottom: 1px solid #d9e2ec; padding: 1.5mm; }"
          + " tr { page-break-inside: avoid; }"
          + " td.answer { white-space: pre-wrap; word-wrap: break-word; }"
          + " td.number, th.number { text-align: right; white-space: nowrap; }"
          + " td.no { color: #52606d; white-space: nowrap; width: 9mm; }"
          + " .note { display: block; color: #8a5a00; font-style: normal; font-size: 8.5pt; }"
          + " .provenance { display: block; color: #52606d; font-size: 8.5pt; margin-top: 1mm; }"
          + " .evidence { display: block; padding-left: 3mm; color: #52606d; font-size: 8.5pt; }"
          + " tr.overall td { font-weight: bold; border-top: 1px solid #9aa5b1; }";

  private AnswersPdfWriter() {}

  /** Writes the copy as a PDF to {@code out}, which the caller closes. */
  public static void write(AnswersCopy copy, Locale locale, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
    builder.withHtmlContent(html(copy, locale), null);
    builder.toStream(out);
    builder.run();
  }

  private static InputStream font(String file) {
    return AnswersPdfWriter.class.getResourceAsStream("fonts/" + file);
  }

  /** The copy as XHTML, every value escaped. */
  static String html(AnswersCopy copy, Locale locale) {
    StringBuilder html = new StringBuilder(32_768);
    html.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(escape(locale.toLanguageTag()))
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(escape(text(locale, "pdf.title", copy.schoolName(), year(copy.cycle()))))
        .append("</title><style>")
        .append(STYLE.replace("PAGE_NUMBERS", pageNumbers(locale)))
        .append("</style></head><body>");
    head(html, copy, locale);
    summary(html, copy, locale);
    for (AnswersCopy.Section section : copy.modalities()) {
      section(html, section, locale);
    }
    return html.append("</body></html>").toString();
  }

  private static void head(StringBuilder html, AnswersCopy copy, Locale locale) {
    html.append("<p class=\"initiative\">")
        .append(escape(text(locale, "pdf.heading")))
        .append("</p><h1>")
        .append(escape(copy.schoolName()))
        .append("</h1><p class=\"meta\">")
        .append(escape(copy.schoolCode()))
        .append(" · ")
        .append(escape(text(locale, "pdf.cycle", year(copy.cycle()))))
        .append(" · ")
        .append(escape(copy.questionnaire()))
        .append("</p><p class=\"meta\">")
        .append(escape(copy.state()))
        .append(" · ")
        .append(escape(text(locale, "pdf.printedAt", copy.printedAt())))
        .append("</p>");
  }

  private static void summary(StringBuilder html, AnswersCopy copy, Locale locale) {
    html.append("<h2>")
        .append(escape(text(locale, "pdf.summary")))
        .append("</h2><table><thead><tr>");
    header(html, "", text(locale, "results.modality"), text(locale, "pdf.owner"));
    header(html, "number", text(locale, "results.score"), text(locale, "results.points"));
    html.append("</tr></thead><tbody>");
    for (AnswersCopy.Section s : copy.modalities()) {
      row(
          html,
          "",
          s.number() + ". " + s.title(),
          s.owner() == null ? text(locale, "wizard.noOwner") : s.owner(),
          s.score(),
          s.points() + " / " + s.max());
    }
    row(html, "overall", text(locale, "results.overall"), "", copy.overall(), "");
    html.append("</tbody></table>");
  }

  private static void section(StringBuilder html, AnswersCopy.Section section, Locale locale) {
    html.append("<h2 class=\"modality\">")
        .append(section.number())
        .append(". ")
        .append(escape(section.title()))
        .append("</h2><p class=\"modality-meta\">")
        .append(
            escape(
                text(
                    locale,
                    "pdf.modalityLine",
                    section.owner() == null ? text(locale, "wizard.noOwner") : section.owner(),
                    section.score(),
                    section.points(),
                    section.max())))
        .append("</p><table><thead><tr><th></th>");
    header(html, "", text(locale, "results.question"), text(locale, "questionnaires.answer"));
    header(html, "number", text(locale, "results.points"));
    html.append("</tr></thead><tbody>");
    for (AnswersCopy.Item item : section.questions()) {
      html.append("<tr><td class=\"no\">")
          .append(escape(item.number()))
          .append("</td><td>")
          .append(escape(item.text()))
          .append("</td><td class=\"answer\">")
          .append(escape(item.answer()));
      if (item.note() != null) {
        html.append("<span class=\"note\">").append(escape(item.note())).append("</span>");
      }
      provenance(html, item, locale);
      html.append("</td><td class=\"number\">")
          .append(item.points() == null ? "" : escape(item.points() + " / " + item.max()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  /** The school's mark and evidence under the answer, when it gave any. */
  private static void provenance(StringBuilder html, AnswersCopy.Item item, Locale locale) {
    if (item.quality() != null) {
      html.append("<span class=\"provenance\">")
          .append(escape(text(locale, "pdf.quality", item.quality())))
          .append("</span>");
    }
    if (!item.evidence().isEmpty()) {
      html.append("<span class=\"provenance\">")
          .append(escape(text(locale, "pdf.evidence")))
          .append("</span>");
      for (String evidence : item.evidence()) {
        html.append("<span class=\"evidence\">").append(escape(evidence)).append("</span>");
      }
    }
  }

  private static void header(StringBuilder html, String cssClass, String... labels) {
    for (String label : labels) {
      html.append("<th class=\"")
          .append(cssClass)
          .append("\">")
          .append(escape(label))
          .append("</th>");
    }
  }

  private static void row(StringBuilder html, String cssClass, String... cells) {
    html.append("<tr class=\"").append(cssClass).append("\">");
    for (int i = 0; i < cells.length; i++) {
      html.append(i >= 2 ? "<td class=\"number\">" : "<td>")
          .append(escape(cells[i]))
          .append("</td>");
    }
    html.append("</tr>");
  }

  /** "Page 3 of 7" as CSS content, its words from the bundle. */
  private static String pageNumbers(Locale locale) {
    return cssString(text(locale, "pdf.page") + " ")
        + " counter(page) "
        + cssString(" " + text(locale, "pdf.of") + " ")
        + " counter(pages)";
  }

  private static String cssString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String text(Locale locale, String key, Object... arguments) {
    return Message.of(key, arguments).in(locale);
  }

  /** A year as text, so that no message writes it as 2,026. */
  private static String year(int cycle) {
    return String.valueOf(cycle);
  }

  /**
   * Text as XHTML character data: markup characters escaped, characters XML cannot hold (control
   * characters, lone surrogates) left out.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (allowedInXml(c)) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private static boolean allowedInXml(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
