package org.socialmission.metrics.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.platform.web.WrittenComponent;

/**
 * The options of the what-if's measure select on the results page ({@code <smm:measureOptions
 * insight="…"/>}): overall, then the eight modalities by title, the chosen one selected. Attribute
 * {@code insight}: the page's {@link InsightBacking}.
 */
public class MeasureOptions extends WrittenComponent {

  static final String TYPE = "smm.MeasureOptions";

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    InsightBacking insight = (InsightBacking) getAttributes().get("insight");
    String selected = insight.getSelectedMeasure();
    ResponseWriter out = context.getResponseWriter();
    for (String measure : insight.getMeasures()) {
      out.startElement("option", this);
      out.writeAttribute("value", measure, null);
      if (measure.equals(selected)) {
        out.writeAttribute("selected", "selected", null);
      }
      out.writeText(
          Scores.OVERALL.equals(measure)
              ? FacesMessages.text("results.overall")
              : insight.title(measure),
          null);
      out.endElement("option");
    }
  }
}
