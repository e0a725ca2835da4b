package org.socialmission.metrics.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.math.RoundingMode;
import org.socialmission.metrics.benchmark.WhatIf;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.platform.web.WrittenComponent;

/**
 * The list of the what-if's options on the results page ({@code <smm:whatIfOptions insight="…"/>}):
 * per option the answers it changes, each question with its new answer (and the note when the new
 * answer is "does not apply"), then the score, quartile and points it would give. Written here
 * rather than by two nested {@code ui:repeat}s with a formatted message per option. Attribute
 * {@code insight}: the page's {@link InsightBacking}, whose what-if has been computed.
 */
public class WhatIfOptions extends WrittenComponent {

  static final String TYPE = "smm.WhatIfOptions";

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    InsightBacking insight = (InsightBacking) getAttributes().get("insight");
    ResponseWriter out = context.getResponseWriter();
    out.startElement("ol", this);
    out.writeAttribute("id", "whatIfOptions", null);
    out.writeAttribute("class", "what-if-options", null);
    for (WhatIf.Option option : insight.getWhatIf().whatIf().options()) {
      out.startElement("li", this);
      out.writeAttribute("class", "what-if-option", null);
      out.startElement("ul", this);
      out.writeAttribute("class", "changes", null);
      for (WhatIf.Change change : option.changes()) {
        change(out, insight, change);
      }
      out.endElement("ul");
      element(
          out,
          "p",
          "option-result",
          FacesMessages.text(
              "whatIf.result",
              option.score().setScale(1, RoundingMode.HALF_UP).toPlainString(),
              FacesMessages.text("quartile." + option.quartile()),
              option.pointsAsked().stripTrailingZeros().toPlainString()));
      out.endElement("li");
    }
    out.endElement("ol");
  }

  private void change(ResponseWriter out, InsightBacking insight, WhatIf.Change change)
      throws IOException {
    out.startElement("li", this);
    out.writeAttribute("class", "change", null);
    out.writeAttribute("data-question", change.question(), null);
    element(out, "span", "change-question", insight.question(change));
    out.startElement("span", this);
    out.writeAttribute("class", "change-arrow", null);
    out.writeAttribute("aria-hidden", "true", null);
    out.writeText("→", null);
    out.endElement("span");
    element(out, "strong", "change-answer", insight.answer(change));
    if (insight.notApplicable(change)) {
      element(out, "span", "na-note", " " + FacesMessages.text("whatIf.onlyIfNotApplicable"));
    }
    out.endElement("li");
  }
}
