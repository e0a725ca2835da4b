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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.report.runtime.InsightService;
import org.socialmission.metrics.scoring.Framework;

/**
 * Beyond the benchmark: what would move a measure up a quartile, the next-steps plan, and the
 * school's points through THEnet's parts and ASPIRE's domains. Peer figures come from the cycle's
 * latest benchmark release under the benchmark's anonymity rules; the school's own answers are
 * live; nothing is saved.
 */
@Path("schools/{code}/assessments/{cycle: \\d+}/{view: what-if|plan|crosswalk}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TEAM_MEMBER, Role.Names.DEAN, Role.Names.STAFF})
public class InsightResource {

  @Inject private CurrentUser currentUser;
  @Inject private InsightService insights;
  @Context private HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "what-if (?measure=overall or a modality id; dean and staff): the smallest answer"
              + " changes that move the measure to the next quartile of the peer group, each with"
              + " the score and quartile it gives. plan: the modalities' scores, quartiles (dean"
              + " and staff) and developmental phases, and for the weakest modalities the questions"
              + " with most points left with their resources. crosswalk (?framework=thenet|aspire):"
              + " points, applicable maximum, score and peers' median (dean and staff) per THEnet"
              + " part or ASPIRE domain.")
  @APIResponse(
      responseCode = "200",
      description = "what-if: WhatIfJson; plan: PlanJson; crosswalk: an array of PartJson",
      content = @Content(schema = @Schema(implementation = InsightJson.WhatIfJson.class)))
  @APIResponse(responseCode = "400", description = "An unknown measure, framework or group")
  @APIResponse(
      responseCode = "403",
      description = "Another school; for what-if also a team member (it rests on peers)")
  @APIResponse(responseCode = "404", description = "No assessment of this school and cycle")
  public Object get(
      @PathParam("code") @Parameter(description = "The school's code, e.g. MED-0001") String code,
      @PathParam("cycle") @Parameter(description = "The cycle (a year)") int cycle,
      @PathParam("view") @Parameter(description = "what-if, plan or crosswalk") String view,
      @QueryParam("measure") @DefaultValue("overall") @Parameter(description = "what-if only")
          String measure,
      @QueryParam("framework") @Parameter(description = "crosswalk only: thenet or aspire")
          String framework,
      @QueryParam("group")
          @DefaultValue("discipline")
          @Parameter(description = "discipline (default) or all")
          String group,
      @QueryParam("ownership") @Parameter(description = "public or private") String ownership,
      @QueryParam("region") @Parameter(description = "northeast, midwest, south or west")
          String region,
      @QueryParam("size") @Parameter(description = "an enrollment band, e.g. 300-599")
          String size) {
    var user = currentUser.require();
    var peers = new InsightService.Group(group, ownership, region, size);
    return switch (view) {
      case "what-if" ->
          InsightJson.whatIf(
              code,
              cycle,
              insights.whatIf(user, code, cycle, measure, peers),
              ApiMessages.locale(headers));
      case "plan" -> InsightJson.plan(code, cycle, insights.plan(user, code, cycle, peers));
      default -> crosswalk(code, cycle, framework, peers);
    };
  }

  private List<InsightJson.PartJson> crosswalk(
      String code, int cycle, String framework, InsightService.Group peers) {
    Framework chosen =
        Framework.ofCode(framework == null ? "" : framework.strip())
            .orElseThrow(
                () ->
                    new ApplicationException(
                        "crosswalk.unknownFramework", String.valueOf(framework)));
    return InsightJson.crosswalk(
        insights.crosswalk(currentUser.require(), code, cycle, chosen, peers),
        ApiMessages.locale(headers));
  }
}
