package org.socialmission.metrics.assessment.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.socialmission.metrics.assessment.web.ResultsView.ModalityRow;
import org.socialmission.metrics.assessment.web.ResultsView.QuestionRow;
import org.socialmission.metrics.platform.web.FacesMessages;

/**
 * The points of every question on the scores page ({@code <smm:questionPoints value="…"/>}): per
 * modality a collapsed {@code <details>} with its score in the summary and a table of question,
 * answer and points. Written here rather than by nested {@code ui:repeat}s: a questionnaire has
 * some seventy questions, and a page of plain text cells needs no component or expression per cell.
 * Attribute {@code value}: the {@link ResultsView}'s modality rows.
 */
public class QuestionPointsTables extends UIComponentBase {

  static final String TYPE = "smm.QuestionPointsTables";

  @Override
  public String getFamily() {
    return "smm";
  }

  @Override
  @SuppressWarnings("unchecked")
  public void encodeEnd(FacesContext context) throws IOException {
    List<ModalityRow> modalities = (List<ModalityRow>) getAttributes().get("value");
    if (modalities == null) {
      return;
    }
    String question = FacesMessages.text("results.question");
    String answer = FacesMessages.text("questionnaires.answer");
    String points = FacesMessages.text("results.points");
    String hidden = FacesMessages.text("results.hidden");
    ResponseWriter out = context.getResponseWriter();
    for (ModalityRow modality : modalities) {
      out.startElement("details", this);
      out.writeAttribute("class", "question-points", null);
      out.startElement("summary", this);
      out.writeText(modality.title() + " — " + modality.score(), null);
      out.endElement("summary");
      out.startElement("table", this);
      out.writeAttribute("class", "scores", null);
      out.startElement("thead", this);
      out.startElement("tr", this);
      for (String heading : List.of(question, answer, points)) {
        out.startElement("th", this);
        out.writeAttribute("scope", "col", null);
        out.writeText(heading, null);
        out.endElement("th");
      }
      out.endElement("tr");
      out.endElement("thead");
      out.startElement("tbody", this);
      for (QuestionRow row : modality.questions()) {
        out.startElement("tr", this);
        out.writeAttribute("class", "status-" + row.status(), null);
        cell(out, row.text(), null);
        cell(out, "hidden".equals(row.status()) ? hidden : row.answer(), null);
        cell(out, row.points() + " / " + row.max(), "number");
        out.endElement("tr");
      }
      out.endElement("tbody");
      out.endElement("table");
      out.endElement("details");
    }
  }

  private void cell(ResponseWriter out, String text, String styleClass) throws IOException {
    out.startElement("td", this);
    if (styleClass != null) {
      out.writeAttribute("class", styleClass, null);
    }
    out.writeText(text, null);
    out.endElement("td");
  }
}
