package org.socialmission.metrics.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.socialmission.metrics.assessment.web.ResultsView.ModalityRow;
import org.socialmission.metrics.assessment.web.ResultsView.QuestionRow;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.platform.web.WrittenComponent;

/**
 * The points of every question on the scores page ({@code <smm:questionPoints value="…"/>}): per
 * modality a collapsed {@code <details>} with its score in the summary and a table of question,
 * answer and points. Written here rather than by nested {@code ui:repeat}s: a questionnaire has
 * some seventy questions, and a page of plain text cells needs no component or expression per cell.
 * Attribute {@code value}: the {@link ResultsView}'s modality rows.
 */
public class QuestionPointsTables extends WrittenComponent {

  static final String TYPE = "smm.QuestionPointsTables";

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    List<ModalityRow> modalities = rows("value");
    String hidden = FacesMessages.text("results.hidden");
    ResponseWriter out = context.getResponseWriter();
    for (ModalityRow modality : modalities) {
      out.startElement("details", this);
      out.writeAttribute("class", "question-points", null);
      element(out, "summary", null, modality.title() + " — " + modality.score());
      out.startElement("table", this);
      out.writeAttribute("class", "scores", null);
      headings(out, List.of("results.question", "questionnaires.answer", "results.points"));
      out.startElement("tbody", this);
      for (QuestionRow row : modality.questions()) {
        out.startElement("tr", this);
        out.writeAttribute("class", "status-" + row.status(), null);
        element(out, "td", null, row.text());
        element(out, "td", null, "hidden".equals(row.status()) ? hidden : row.answer());
        element(out, "td", "number", row.points() + " / " + row.max());
        out.endElement("tr");
      }
      out.endElement("tbody");
      out.endElement("table");
      out.endElement("details");
    }
  }
}
