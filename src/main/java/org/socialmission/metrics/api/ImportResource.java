package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.admin.ImportOutcome;
import org.socialmission.metrics.admin.ImportService;

/**
 * Imports of earlier data as CSV (UTF-8, with or without BOM), staff only, all or nothing: 200 with
 * the counts, or 400 with every bad row (line, column, message) and nothing imported. The body is
 * {@code text/csv} (or {@code application/octet-stream}), never {@code text/plain}, which a form on
 * another site could send.
 */
@Path("import")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  @Inject private CurrentUser currentUser;
  @Inject private ImportService imports;
  @Context private HttpHeaders headers;

  /**
   * What an import did or would do, as {@link ImportOutcome}, with each error's message in the
   * client's language.
   */
  public record Outcome(
      boolean dryRun,
      boolean valid,
      int created,
      int updated,
      int unchanged,
      List<RowError> errors) {}

  /**
   * One problem of the file.
   *
   * @param line the line of the file, the header being line 1
   * @param column the column as the header names it; empty for the whole row or file
   * @param message what is wrong and what would be right
   */
  public record RowError(int line, String column, String message) {}

  @POST
  @Path("schools")
  @Operation(
      operationId = "importSchools",
      summary =
          "Schools: columns code,name,discipline,ownership,region,enrollment; new ones added,"
              + " changed ones updated")
  @APIResponse(responseCode = "400", description = "Every bad row; nothing imported")
  public Response schools(
      InputStream csv, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun)
      throws IOException {
    return answer(imports.importSchools(currentUser.require(), csv, dryRun));
  }

  @POST
  @Path("answers")
  @Operation(
      operationId = "importAnswers",
      summary =
          "Answers: columns school_code,cycle,question_id,value (yes/no, option id, ids joined by"
              + " |, number, text or NA); each school and cycle becomes a submitted assessment")
  @APIResponse(responseCode = "400", description = "Every bad row; nothing imported")
  public Response answers(
      InputStream csv, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun)
      throws IOException {
    return answer(imports.importAnswers(currentUser.require(), csv, dryRun));
  }

  @POST
  @Path("accounts")
  @Operation(
      operationId = "importAccounts",
      summary =
          "Accounts: columns email,name,role,school_code (role team_member, dean or staff; no"
              + " school for staff); each new account is invited by mail, known ones left alone")
  @APIResponse(responseCode = "400", description = "Every bad row; nothing imported")
  public Response accounts(
      InputStream csv, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun)
      throws IOException {
    return answer(imports.importAccounts(currentUser.require(), csv, dryRun));
  }

  private Response answer(ImportOutcome outcome) {
    List<RowError> errors =
        outcome.errors().stream()
            .map(e -> new RowError(e.line(), e.column(), ApiMessages.text(headers, e.message())))
            .toList();
    return Response.status(outcome.valid() ? Response.Status.OK : Response.Status.BAD_REQUEST)
        .entity(
            new Outcome(
                outcome.dryRun(),
                outcome.valid(),
                outcome.created(),
                outcome.updated(),
                outcome.unchanged(),
                errors))
        .build();
  }
}
