package org.socialmission.metrics.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.socialmission.metrics.assessment.web.ResultsView.ModalityRow;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.platform.web.WrittenComponent;

/**
 * The results page's table of scores by modality ({@code <smm:modalityScores value="…"
 * insight="…"/>}): per modality its score, its points of its applicable maximum and its phase
 * ({@code —} without one). Written here rather than by a {@code ui:repeat} with a parameter and
 * seven expressions a row. Attributes {@code value}: the {@code ResultsView}'s modality rows;
 * {@code insight}: the page's {@link InsightBacking}, which knows the phases.
 */
public class ModalityScoresTable extends WrittenComponent {

  static final String TYPE = "smm.ModalityScoresTable";

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    List<ModalityRow> modalities = rows("value");
    InsightBacking insight = (InsightBacking) getAttributes().get("insight");
    ResponseWriter out = context.getResponseWriter();
    out.startElement("table", this);
    out.writeAttribute("id", "modalityScores", null);
    out.writeAttribute("class", "scores", null);
    element(out, "caption", null, FacesMessages.text("results.byModality"));
    headings(out, List.of("results.modality", "results.score", "results.points", "phase.title"));
    out.startElement("tbody", this);
    for (ModalityRow modality : modalities) {
      out.startElement("tr", this);
      rowHeading(out, modality.title());
      element(out, "td", "number score-" + modality.id(), modality.score());
      element(out, "td", "number", modality.points() + " / " + modality.max());
      String phase = insight.phase(modality.id());
      out.startElement("td", this);
      out.writeAttribute("class", "phase-" + modality.id(), null);
      element(
          out,
          "span",
          "phase phase-" + (phase == null ? "" : phase),
          phase == null ? "—" : FacesMessages.text("phase." + phase));
      out.endElement("td");
      out.endElement("tr");
    }
    out.endElement("tbody");
    out.endElement("table");
  }
}
