package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.report.AnswersCopy;
import org.socialmission.metrics.report.AnswersPdfWriter;
import org.socialmission.metrics.report.runtime.AnswersCopyService;

/**
 * The printable copy of a school's assessment as a PDF: every question with the school's answer,
 * the owners and the scores. Whoever may read the assessment may print it.
 */
@Path("schools/{code}/assessments/{cycle: \\d+}.pdf")
@RequestScoped
@RolesAllowed({Role.Names.TEAM_MEMBER, Role.Names.DEAN, Role.Names.STAFF})
public class AssessmentPdfResource {

  /** Media type of PDF files. */
  public static final String PDF = "application/pdf";

  @Inject private CurrentUser currentUser;
  @Inject private AnswersCopyService copies;
  @Context private HttpHeaders headers;

  @GET
  @Produces(PDF)
  @Operation(
      operationId = "getAssessmentPdf",
      summary =
          "A printable copy of the assessment (PDF): every answer, the owner and score of each"
              + " modality, the overall score; fixed words in the Accept-Language of the request")
  @APIResponse(responseCode = "200", description = "The PDF")
  @APIResponse(responseCode = "403", description = "Another school than the caller's own")
  @APIResponse(responseCode = "404", description = "No assessment of this school and cycle")
  public Response pdf(
      @PathParam("code") @Parameter(description = "The school's code, e.g. MED-0001") String code,
      @PathParam("cycle") @Parameter(description = "The cycle (a year)") int cycle) {
    Locale locale = ApiMessages.locale(headers);
    AnswersCopy copy = copies.copy(currentUser.require(), code, cycle, locale);
    StreamingOutput body = out -> AnswersPdfWriter.write(copy, locale, out);
    return Response.ok(body, PDF)
        .header(
            "Content-Disposition",
            "attachment; filename=\"assessment-" + code + "-" + cycle + ".pdf\"")
        .build();
  }
}
