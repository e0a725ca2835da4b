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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.admin.CompletionExport;
import org.socialmission.metrics.admin.CompletionRow;
import org.socialmission.metrics.admin.CompletionService;
import org.socialmission.metrics.questionnaire.Modality;

/** Completion of every school's assessment in a cycle, for staff: JSON, CSV or XLSX. */
@Path("completion")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
public class CompletionResource {

  @Inject private CurrentUser currentUser;
  @Inject private CompletionService completion;
  @Context private HttpHeaders headers;

  @GET
  @Path("{cycle: \\d+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getCompletion",
      summary =
          "Every school with state, percent complete per modality and overall, and last activity")
  public List<CompletionRow> json(@PathParam("cycle") int cycle) {
    return completion.rows(currentUser.require(), cycle);
  }

  @GET
  @Path("{cycle: \\d+}.csv")
  @Produces("text/csv")
  @Operation(operationId = "getCompletionCsv", summary = "The completion table as CSV (UTF-8)")
  public Response csv(@PathParam("cycle") int cycle) {
    List<CompletionRow> rows = completion.rows(currentUser.require(), cycle);
    Locale locale = ApiMessages.locale(headers);
    StreamingOutput body = out -> CompletionExport.writeCsv(rows, titles(), locale, out);
    return attachment(body, "text/csv; charset=UTF-8", "completion-" + cycle + ".csv");
  }

  @GET
  @Path("{cycle: \\d+}.xlsx")
  @Produces(BenchmarkResource.XLSX)
  @Operation(
      operationId = "getCompletionXlsx",
      summary = "The completion table as an Excel workbook")
  public Response xlsx(@PathParam("cycle") int cycle) {
    List<CompletionRow> rows = completion.rows(currentUser.require(), cycle);
    Locale locale = ApiMessages.locale(headers);
    StreamingOutput body = out -> CompletionExport.writeXlsx(rows, titles(), locale, out);
    return attachment(body, BenchmarkResource.XLSX, "completion-" + cycle + ".xlsx");
  }

  private static List<String> titles() {
    return Modality.IDS;
  }

  static Response attachment(StreamingOutput body, String type, String file) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }
}
