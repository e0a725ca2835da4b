package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.admin.ResearchService;
import org.socialmission.metrics.admin.export.ResearchCsvWriter;
import org.socialmission.metrics.admin.export.ResearchDataset;
import org.socialmission.metrics.admin.export.ResearchXlsxWriter;

/**
 * The anonymized research data set of a cycle (pseudonymous rows, no free text, attributes withheld
 * where fewer than k schools share them), staff only.
 */
@Path("research")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
public class ResearchResource {

  @Inject private CurrentUser currentUser;
  @Inject private ResearchService research;

  @GET
  @Path("{cycle: \\d+}.csv")
  @Produces("text/csv")
  @Operation(summary = "The anonymized research data set as CSV")
  public Response csv(@PathParam("cycle") int cycle) {
    ResearchDataset dataset = research.dataset(currentUser.require(), cycle);
    StreamingOutput body = out -> new ResearchCsvWriter().write(dataset, out);
    return CompletionResource.attachment(
        body, "text/csv; charset=UTF-8", "research-" + cycle + ".csv");
  }

  @GET
  @Path("{cycle: \\d+}.xlsx")
  @Produces(BenchmarkResource.XLSX)
  @Operation(summary = "The anonymized research data set as an Excel workbook")
  public Response xlsx(@PathParam("cycle") int cycle) {
    ResearchDataset dataset = research.dataset(currentUser.require(), cycle);
    StreamingOutput body = out -> new ResearchXlsxWriter().write(dataset, out);
    return CompletionResource.attachment(
        body, BenchmarkResource.XLSX, "research-" + cycle + ".xlsx");
  }
}
