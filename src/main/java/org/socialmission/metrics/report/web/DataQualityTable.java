package org.socialmission.metrics.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.platform.web.WrittenComponent;
import org.socialmission.metrics.scoring.QualityShares;

/**
 * The table of the results page saying on what a school's points rest ({@code <smm:dataQuality
 * insight="…"/>}): per modality, then overall, the share of its earned points from answers marked
 * estimate, verified, not tracked or not marked. Written here rather than by a {@code ui:repeat}
 * with four method expressions a row. Attribute {@code insight}: the page's {@link InsightBacking},
 * which has the shares, the modalities' titles and the percentages as text.
 */
public class DataQualityTable extends WrittenComponent {

  static final String TYPE = "smm.DataQualityTable";

  /** The marked columns: CSS class, mark code and heading key. */
  private static final List<String[]> MARKS =
      List.of(
          new String[] {"estimate", "estimate", "quality.estimate"},
          new String[] {"verified", "verified", "dataQuality.verified"},
          new String[] {"not-tracked", "not-tracked", "quality.not-tracked"});

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    InsightBacking insight = (InsightBacking) getAttributes().get("insight");
    QualityShares quality = insight.getQuality();
    ResponseWriter out = context.getResponseWriter();
    out.startElement("table", this);
    out.writeAttribute("id", "qualityShares", null);
    out.writeAttribute("class", "scores", null);
    headings(
        out,
        List.of(
            "results.modality",
            "quality.estimate",
            "dataQuality.verified",
            "quality.not-tracked",
            "dataQuality.unmarked",
            "results.points"));
    out.startElement("tbody", this);
    for (QualityShares.Row row : quality.modalities()) {
      row(out, insight, row, row.id(), insight.title(row.id()));
    }
    out.endElement("tbody");
    out.startElement("tfoot", this);
    row(out, insight, quality.overall(), "overall", FacesMessages.text("dataQuality.all"));
    out.endElement("tfoot");
    out.endElement("table");
  }

  private void row(
      ResponseWriter out, InsightBacking insight, QualityShares.Row row, String id, String title)
      throws IOException {
    out.startElement("tr", this);
    out.writeAttribute("class", "quality-" + id, null);
    rowHeading(out, title);
    for (String[] mark : MARKS) {
      cell(
          out,
          mark[0],
          FacesMessages.text(mark[2]),
          "estimate".equals(mark[0]) ? "estimate-" + id : null,
          insight.percent(row, mark[1]));
    }
    cell(out, "unmarked", FacesMessages.text("dataQuality.unmarked"), null, insight.unmarked(row));
    cell(
        out,
        "points",
        FacesMessages.text("results.points"),
        null,
        row.points().stripTrailingZeros().toPlainString());
    out.endElement("tr");
  }

  private void cell(ResponseWriter out, String kind, String label, String id, String text)
      throws IOException {
    out.startElement("td", this);
    out.writeAttribute("class", "number " + kind, null);
    out.writeAttribute("data-label", label, null);
    if (id != null) {
      out.writeAttribute("id", id, null);
    }
    out.writeText(text, null);
    out.endElement("td");
  }
}
