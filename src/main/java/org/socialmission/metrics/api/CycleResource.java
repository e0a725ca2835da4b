package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.assessment.Cycle;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.report.runtime.ReleaseService;

/**
 * Assessment cycles for staff: list, open (with the newest questionnaire of each discipline) and
 * close, as on the cycles page. Closing publishes a benchmark release when the cycle's release
 * policy says so ({@link ReleaseResource}).
 */
@Path("cycles")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

  @Inject private CurrentUser currentUser;
  @Inject private CycleService cycles;
  @Inject private ReleaseService releases;

  /** A cycle to open: its year and deadline ({@code 2026-12-31}). */
  public record NewCycle(Integer year, String deadline) {}

  /** A cycle as listed. */
  public record CycleJson(
      int year, String state, LocalDate deadline, boolean publishReleaseOnClose) {}

  @GET
  @Operation(summary = "Every cycle, newest first, with whether closing it publishes a release")
  public List<CycleJson> list() {
    currentUser.require();
    return cycles.all().stream().map(this::json).toList();
  }

  @POST
  @Operation(summary = "Opens a cycle with the newest questionnaire version of every discipline")
  @APIResponse(responseCode = "201", description = "Opened")
  @APIResponse(responseCode = "400", description = "No year, a bad deadline, or open already")
  public Response open(NewCycle cycle) {
    if (cycle == null || cycle.year() == null) {
      throw new ApplicationException("Send a JSON object with year and deadline (YYYY-MM-DD).");
    }
    Cycle opened =
        cycles.open(currentUser.require(), cycle.year(), deadline(cycle), cycles.currentVersions());
    return Response.status(Response.Status.CREATED).entity(json(opened)).build();
  }

  @POST
  @Path("{year: \\d+}/close")
  @Operation(
      summary =
          "Closes a cycle: its assessments are locked, and a release is published if its policy"
              + " says so")
  public CycleJson close(@PathParam("year") int year) {
    cycles.close(currentUser.require(), year);
    return cycles.all().stream()
        .filter(c -> c.getYear() == year)
        .findFirst()
        .map(this::json)
        .orElseThrow();
  }

  private CycleJson json(Cycle cycle) {
    return new CycleJson(
        cycle.getYear(),
        cycle.getState().name().toLowerCase(Locale.ROOT),
        cycle.getDeadline(),
        releases.publishesOnClose(cycle.getYear()));
  }

  private static LocalDate deadline(NewCycle cycle) {
    try {
      return cycle.deadline() == null ? null : LocalDate.parse(cycle.deadline());
    } catch (DateTimeParseException e) {
      throw new ApplicationException(
          "Deadline '" + cycle.deadline() + "' is not a date like 2026-12-31.");
    }
  }
}
