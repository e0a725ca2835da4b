package org.socialmission.metrics.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.benchmark.Comparison;
import org.socialmission.metrics.benchmark.MeasureResult;
import org.socialmission.metrics.benchmark.Standing;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.platform.web.WrittenComponent;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.questionnaire.web.QuestionnairePreviewBacking;

/**
 * The results page's table of where a school stands in its chosen peer group ({@code <smm:quartiles
 * value="…" questionnaire="…" titles="…"/>}): per measure, overall first, the school's score, the
 * peers' median, its percentile rank and quartile; {@code —} where there is no figure, and the
 * reason instead of the quartile where a measure is suppressed. Written here rather than by a
 * {@code ui:repeat} with a dozen expressions a row. Attributes {@code value}: the measures of a
 * reported group; {@code questionnaire}: the assessment's questionnaire version, whose modality
 * titles head the rows; {@code titles}: the {@link QuestionnairePreviewBacking} that reads them.
 */
public class QuartilesTable extends WrittenComponent {

  static final String TYPE = "smm.QuartilesTable";

  private static final String NONE = "—";

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    List<MeasureResult> measures = rows("value");
    QuestionnaireKey questionnaire = (QuestionnaireKey) getAttributes().get("questionnaire");
    QuestionnairePreviewBacking titles =
        (QuestionnairePreviewBacking) getAttributes().get("titles");
    ResponseWriter out = context.getResponseWriter();
    out.startElement("table", this);
    out.writeAttribute("id", "quartiles", null);
    out.writeAttribute("class", "scores", null);
    headings(
        out,
        List.of(
            "results.modality",
            "results.score",
            "benchmark.median",
            "benchmark.rank",
            "benchmark.quartile"));
    out.startElement("tbody", this);
    for (MeasureResult measure : measures) {
      String id = measure.measureId();
      Optional<Standing> standing = measure.comparison().flatMap(Comparison::standing);
      out.startElement("tr", this);
      out.writeAttribute("class", "measure-" + id, null);
      rowHeading(
          out,
          "overall".equals(id)
              ? FacesMessages.text("results.overall")
              : titles.modalityTitle(questionnaire.id(), questionnaire.version(), id));
      number(out, measure.own(), 1);
      number(out, measure.comparison().map(c -> c.peers().median()), 1);
      number(out, standing.map(Standing::percentileRank), 0);
      element(
          out,
          "td",
          "quartile",
          standing.map(s -> s.quartile().label()).orElse(measure.suppressedBecause().orElse(NONE)));
      out.endElement("tr");
    }
    out.endElement("tbody");
    out.endElement("table");
  }

  /** A figure rounded half up to {@code scale} decimals, or {@code —}. */
  private void number(ResponseWriter out, Optional<BigDecimal> value, int scale)
      throws IOException {
    element(
        out,
        "td",
        "number",
        value.map(v -> v.setScale(scale, RoundingMode.HALF_UP).toString()).orElse(NONE));
  }
}
