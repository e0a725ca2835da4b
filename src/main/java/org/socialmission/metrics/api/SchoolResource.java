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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.platform.ApplicationException;
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
      operationId = "listSchools",
      summary = "Schools the caller may see, filtered and paged (staff: all; others: their own)")
  public SchoolPage list(
      @Parameter(description = "Part of the code or name, taken literally") @QueryParam("q")
          String text,
      @Parameter(description = "medicine, nursing or dentistry") @QueryParam("discipline")
          String discipline,
      @Parameter(description = "public or private") @QueryParam("ownership") String ownership,
      @Parameter(description = "northeast, midwest, south or west") @QueryParam("region")
          String region,
      @Parameter(description = "Schools to skip, default 0")
          @QueryParam("offset")
          @DefaultValue("0")
          String offset,
      @Parameter(description = "Page size, 1 to 500, default 100")
          @QueryParam("limit")
          @DefaultValue("100")
          String limit) {
    var scope = currentUser.require().scope();
    var filter =
        new SchoolFilter(
            text,
            discipline,
            choice("ownership", ownership, Ownership.class),
            choice("region", region, Region.class));
    int first = Math.max(0, integer("offset", offset));
    int max = Math.max(1, Math.min(integer("limit", limit), MAX_PAGE));
    return new SchoolPage(
        schools.count(scope, filter), first, schools.list(scope, filter, first, max));
  }

  /** A query parameter naming one of an enum's values, in any letter case; null when absent. */
  private static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApplicationException(
          "api.param.choice",
          name,
          value,
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .toList()
              .toString());
    }
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new ApplicationException("api.param.integer", name, value);
    }
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getSchool", summary = "One school's profile")
  @APIResponse(responseCode = "200", description = "The school")
  @APIResponse(responseCode = "403", description = "Another school than the caller's own")
  @APIResponse(responseCode = "404", description = "No such school (staff only; others get 403)")
  public SchoolProfile get(@PathParam("code") String code) {
    return schools.profile(currentUser.require().scope(), code);
  }
}
