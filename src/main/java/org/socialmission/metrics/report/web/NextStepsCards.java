package org.socialmission.metrics.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.platform.web.WrittenComponent;
import org.socialmission.metrics.questionnaire.Resource;
import org.socialmission.metrics.report.NextSteps;
import org.socialmission.metrics.report.NextSteps.QuestionStep;
import org.socialmission.metrics.report.NextSteps.Step;

/**
 * The cards of the next steps on the results page ({@code <smm:nextSteps value="…"/>}): per weak
 * modality its score, quartile and phase, its questions with the most points left and the public
 * resources of both. Written here rather than by three nested {@code ui:repeat}s with a formatted
 * message per question: the page is the most requested of a cycle's end, and plain text needs no
 * component or expression per line. Attribute {@code value}: the {@link NextSteps} plan.
 */
public class NextStepsCards extends WrittenComponent {

  static final String TYPE = "smm.NextStepsCards";

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    NextSteps plan = (NextSteps) getAttributes().get("value");
    ResponseWriter out = context.getResponseWriter();
    out.startElement("div", this);
    out.writeAttribute("class", "steps-grid", null);
    if (plan != null) {
      List<Step> steps = plan.steps();
      for (int index = 0; index < steps.size(); index++) {
        card(out, steps.get(index), index);
      }
    }
    out.endElement("div");
  }

  private void card(ResponseWriter out, Step step, int index) throws IOException {
    var modality = step.modality();
    out.startElement("article", this);
    out.writeAttribute("class", "step-card", null);
    out.writeAttribute("id", "step-" + modality.modalityId(), null);
    out.writeAttribute("aria-labelledby", "stepTitle-" + index, null);
    out.startElement("h3", this);
    out.writeAttribute("id", "stepTitle-" + index, null);
    out.writeText((index + 1) + ". " + modality.title(), null);
    out.endElement("h3");
    out.startElement("p", this);
    out.writeAttribute("class", "step-meta", null);
    element(
        out,
        "span",
        "step-score",
        FacesMessages.text("results.score")
            + " "
            + modality.score().map(BigDecimal::toString).orElse("—"));
    if (modality.quartile().isPresent()) {
      out.writeText(
          " · "
              + FacesMessages.text("quartile." + modality.quartile().get().name())
              + " "
              + FacesMessages.text("nextSteps.quartile"),
          null);
    }
    if (modality.phase().isPresent()) {
      String code = modality.phase().get().code();
      out.writeText(" · ", null);
      element(out, "span", "phase phase-" + code, FacesMessages.text("phase." + code));
    }
    out.endElement("p");
    out.startElement("ol", this);
    out.writeAttribute("class", "step-questions", null);
    for (QuestionStep question : step.questions()) {
      question(out, question);
    }
    out.endElement("ol");
    if (!step.resources().isEmpty()) {
      out.startElement("div", this);
      out.writeAttribute("class", "modality-resources", null);
      element(out, "p", "resources-title", FacesMessages.text("nextSteps.resources"));
      resources(out, step.resources());
      out.endElement("div");
    }
    out.endElement("article");
  }

  private void question(ResponseWriter out, QuestionStep question) throws IOException {
    out.startElement("li", this);
    out.writeAttribute("class", "step-question", null);
    out.writeAttribute("data-question", question.questionId(), null);
    element(out, "span", "step-question-text", question.text());
    element(
        out,
        "span",
        "points-left",
        FacesMessages.text(
            "nextSteps.pointsLeft",
            plain(question.pointsLeft()),
            plain(question.points()),
            plain(question.max())));
    if (!question.resources().isEmpty()) {
      resources(out, question.resources());
    }
    out.endElement("li");
  }

  private void resources(ResponseWriter out, List<Resource> resources) throws IOException {
    out.startElement("ul", this);
    out.writeAttribute("class", "resources", null);
    for (Resource resource : resources) {
      out.startElement("li", this);
      out.startElement("a", this);
      out.writeAttribute("class", "resource", null);
      out.writeAttribute("href", resource.url().toString(), null);
      out.writeAttribute("rel", "noopener noreferrer", null);
      out.writeAttribute("target", "_blank", null);
      out.writeText(resource.title(), null);
      out.endElement("a");
      out.endElement("li");
    }
    out.endElement("ul");
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
