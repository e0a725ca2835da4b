package org.socialmission.metrics.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.platform.web.WrittenComponent;
import org.socialmission.metrics.report.FrameworkView;

/**
 * The results page's tables of the school's points through other frameworks ({@code <smm:frameworks
 * value="…"/>}): per framework, in a scrolling box, a table with its name as caption and per part
 * the points of the maximum, the score and the peers' median ({@code —} where there is none), then
 * the note saying why there are no medians, if there are none. Written here rather than by nested
 * {@code ui:repeat}s with an expression per cell. Attribute {@code value}: the page's {@link
 * FrameworkView}s.
 */
public class FrameworkTables extends WrittenComponent {

  static final String TYPE = "smm.FrameworkTables";

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    List<FrameworkView> frameworks = rows("value");
    ResponseWriter out = context.getResponseWriter();
    for (FrameworkView framework : frameworks) {
      out.startElement("div", this);
      out.writeAttribute("class", "table-scroll", null);
      out.writeAttribute("tabindex", "0", null);
      table(out, framework);
      if (framework.note().isPresent()) {
        element(out, "span", "muted note", framework.note().get());
      }
      out.endElement("div");
    }
  }

  private void table(ResponseWriter out, FrameworkView framework) throws IOException {
    String code = framework.framework().code();
    out.startElement("table", this);
    out.writeAttribute("id", "framework-" + code, null);
    out.writeAttribute("class", "scores framework", null);
    element(out, "caption", null, FacesMessages.text("framework." + code));
    headings(
        out, List.of("frameworks.part", "results.points", "results.score", "benchmark.median"));
    out.startElement("tbody", this);
    for (FrameworkView.Row row : framework.rows()) {
      out.startElement("tr", this);
      out.writeAttribute("class", "part-" + row.part(), null);
      rowHeading(out, FacesMessages.text("framework." + code + '.' + row.part()));
      element(out, "td", "number points", plain(row.points()) + " / " + plain(row.max()));
      element(out, "td", "number score", orNone(row.score()));
      element(out, "td", "number median", orNone(row.peerMedian()));
      out.endElement("tr");
    }
    out.endElement("tbody");
    out.endElement("table");
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String orNone(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toString).orElse("—");
  }
}
