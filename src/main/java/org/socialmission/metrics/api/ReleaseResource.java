package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.report.runtime.ReleaseService;
import org.socialmission.metrics.report.runtime.ReleaseSummary;

/**
 * Benchmark releases of a cycle, for staff: list them, publish one, and set whether closing the
 * cycle publishes one. Every benchmark a dean sees comes from the latest release.
 */
@Path("cycles/{cycle: \\d+}/releases")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

  @Inject private CurrentUser currentUser;
  @Inject private ReleaseService releases;

  /** Whether closing the cycle publishes a release. */
  public record Policy(Boolean publishOnClose) {}

  @GET
  @Operation(
      summary =
          "The cycle's releases, newest first: when, by whom, schools per discipline, the groups"
              + " each withholds")
  public List<ReleaseSummary> list(@PathParam("cycle") int cycle) {
    return releases.list(currentUser.require(), cycle);
  }

  @POST
  @Operation(
      summary =
          "Publishes a release: the scores of every assessment submitted now. Refused (409, with"
              + " the groups) when since an earlier release k or fewer schools joined or left a"
              + " group that would be reported, unless withhold=true, which publishes withholding"
              + " exactly those groups")
  @APIResponse(responseCode = "201", description = "Published")
  @APIResponse(responseCode = "404", description = "No such cycle")
  @APIResponse(
      responseCode = "409",
      description = "Refused: groups would move by too few schools; the groups are listed")
  public Response publish(
      @PathParam("cycle") int cycle,
      @Parameter(description = "publish anyway, withholding the groups concerned")
          @QueryParam("withhold")
          boolean withhold) {
    ReleaseSummary release = releases.publish(currentUser.require(), cycle, withhold);
    return Response.status(Response.Status.CREATED).entity(release).build();
  }

  @GET
  @Path("policy")
  @Operation(summary = "Whether closing the cycle publishes a release (default: yes)")
  public Policy policy(@PathParam("cycle") int cycle) {
    currentUser.require();
    return new Policy(releases.publishesOnClose(cycle));
  }

  @PUT
  @Path("policy")
  @Operation(summary = "Sets whether closing the cycle publishes a release")
  public Policy setPolicy(@PathParam("cycle") int cycle, Policy policy) {
    if (policy == null || policy.publishOnClose() == null) {
      throw new ApplicationException("api.release.policyBody");
    }
    releases.setPublishOnClose(currentUser.require(), cycle, policy.publishOnClose());
    return new Policy(releases.publishesOnClose(cycle));
  }
}
