package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.report.BenchmarkReport;
import org.socialmission.metrics.report.runtime.BenchmarkService;
import org.socialmission.metrics.report.runtime.InsightService;

/**
 * A school's benchmark against anonymized peers of the latest benchmark release, as JSON and as the
 * Excel workbook; both name the release and stay the same until staff publish the next one.
 */
@Path("schools/{code}/benchmarks")
@RequestScoped
@RolesAllowed({Role.Names.TEAM_MEMBER, Role.Names.DEAN, Role.Names.STAFF})
public class BenchmarkResource {

  /** Media type of .xlsx files. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private CurrentUser currentUser;
  @Inject private BenchmarkService benchmarks;
  @Inject private InsightService insights;

  @GET
  @Path("{cycle: \\d+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The school's scores beside its peer groups' statistics from the latest benchmark"
              + " release, rounded to one decimal (dean of the school and staff only)")
  @APIResponse(responseCode = "403", description = "A team member, or another school's dean")
  public BenchmarkJson.Benchmark json(
      @PathParam("code") String code,
      @PathParam("cycle") int cycle,
      @Parameter(description = "discipline (default) or all")
          @QueryParam("group")
          @DefaultValue("discipline")
          String group,
      @Parameter(description = "public or private") @QueryParam("ownership") String ownership,
      @Parameter(description = "northeast, midwest, south or west") @QueryParam("region")
          String region,
      @Parameter(description = "an enrollment band, e.g. 300-599 or 1000- (see sizeBands)")
          @QueryParam("size")
          String size) {
    BenchmarkReport report =
        benchmarks.summary(currentUser.require(), code, cycle, group, ownership, region, size);
    return BenchmarkJson.of(report, benchmarks.sizeBands(cycle));
  }

  @GET
  @Path("{cycle: \\d+}.xlsx")
  @Produces(XLSX)
  @Operation(
      summary =
          "The benchmark workbook (Summary, Next steps, one sheet per modality, Peers, Trend,"
              + " Frameworks, Data quality, Evidence, Method)")
  @APIResponse(responseCode = "403", description = "A team member, or another school's dean")
  public Response workbook(
      @PathParam("code") String code,
      @PathParam("cycle") int cycle,
      @QueryParam("group") @DefaultValue("discipline") String group,
      @QueryParam("ownership") String ownership,
      @QueryParam("region") String region,
      @QueryParam("size") String size) {
    BenchmarkReport report =
        report(code, cycle, group, ownership, region, size)
            .withInsights(
                insights.insights(
                    currentUser.require(),
                    code,
                    cycle,
                    new InsightService.Group(group, ownership, region, size)));
    StreamingOutput body = out -> benchmarks.writeWorkbook(report, out);
    return Response.ok(body, XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"benchmark-" + code + "-" + cycle + ".xlsx\"")
        .build();
  }

  private BenchmarkReport report(
      String code, int cycle, String group, String ownership, String region, String size) {
    return benchmarks.report(currentUser.require(), code, cycle, group, ownership, region, size);
  }
}
