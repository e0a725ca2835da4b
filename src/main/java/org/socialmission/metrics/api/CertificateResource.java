package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.report.CertificateFacts;
import org.socialmission.metrics.report.CertificateWriter;
import org.socialmission.metrics.report.runtime.CertificateService;

/**
 * The certificate of participation of a submitted assessment, a one-page PDF for the school's dean
 * with a verification code that anyone can check at {@code /verify/{code}}.
 */
@Path("schools/{code}/assessments/{cycle: \\d+}/certificate.pdf")
@RequestScoped
@RolesAllowed({Role.Names.TEAM_MEMBER, Role.Names.DEAN, Role.Names.STAFF})
public class CertificateResource {

  /** Media type of PDF files. */
  public static final String PDF = "application/pdf";

  @Inject private CurrentUser currentUser;
  @Inject private CertificateService certificates;
  @Context private UriInfo uri;

  @GET
  @Produces(PDF)
  @Operation(
      summary =
          "The certificate of participation (PDF: school, discipline, cycle, date submitted,"
              + " verification code; no scores); the school's dean, after submission. The same"
              + " submission always gives the same code.")
  @APIResponse(responseCode = "200", description = "The PDF")
  @APIResponse(responseCode = "403", description = "Not the dean of this school")
  @APIResponse(responseCode = "404", description = "No assessment of this school and cycle")
  @APIResponse(responseCode = "409", description = "The assessment is not submitted")
  public Response certificate(
      @PathParam("code") @Parameter(description = "The school's code") String code,
      @PathParam("cycle") @Parameter(description = "The cycle (a year)") int cycle) {
    CertificateFacts facts =
        certificates.certificate(
            currentUser.require(), code, cycle, uri.getBaseUri().resolve("../verify/"));
    StreamingOutput body = out -> new CertificateWriter().write(facts, out);
    return Response.ok(body, PDF)
        .header(
            "Content-Disposition",
            "attachment; filename=\"certificate-" + code + "-" + cycle + ".pdf\"")
        .build();
  }
}
