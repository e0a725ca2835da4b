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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.school.SchoolFilter;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.school.SchoolService;

/** Schools in the caller's scope: staff see all, everyone else only their own school. */
@Path("schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TEAM_MEMBER, Role.Names.DEAN, Role.Names.STAFF})
public class SchoolResource {

  private static final int MAX_PAGE = 500;

  @Inject private CurrentUser currentUser;
  @Inject private SchoolService schools;

  /** One page of schools with the total that match. */
  public record SchoolPage(long total, int offset, List<SchoolProfile> schools) {}

  @GET
  @Operation(
      summary = "Schools the caller may see, filtered and paged (staff: all; others: their own)")
  public SchoolPage list(
      @QueryParam("q") String text,
      @QueryParam("discipline") String discipline,
      @QueryParam("ownership") Ownership ownership,
      @QueryParam("region") Region region,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    var scope = currentUser.require().scope();
    var filter = new SchoolFilter(text, discipline, ownership, region);
    int first = Math.max(0, offset);
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    return new SchoolPage(
        schools.count(scope, filter), first, schools.list(scope, filter, first, max));
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One school's profile")
  @APIResponse(responseCode = "200", description = "The school")
  @APIResponse(responseCode = "403", description = "Another school than the caller's own")
  @APIResponse(responseCode = "404", description = "No such school (staff only; others get 403)")
  public SchoolProfile get(@PathParam("code") String code) {
    return schools.profile(currentUser.require().scope(), code);
  }
}
