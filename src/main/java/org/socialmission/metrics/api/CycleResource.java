package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.assessment.Cycle;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.report.runtime.ReleaseService;

/**
 * The assessment cycles for staff, as on the cycles page: list them, open one (with the newest
 * questionnaire version of each discipline) and close one, which locks its assessments. One cycle
 * is open at a time; a new cycle whose deadline has passed is recorded closed, for its answers to
 * be imported.
 */
@Path("cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
public class CycleResource {

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  @Inject private CurrentUser currentUser;
  @Inject private CycleService cycles;
  @Inject private ReleaseService releases;

  /** A cycle to open: its year and deadline ({@code yyyy-mm-dd}). */
  public record NewCycle(Integer year, String deadline) {}

  /**
   * A cycle as the API shows it.
   *
   * @param publishReleaseOnClose whether closing it publishes a benchmark release (its policy)
   */
  public record CycleJson(
      int year,
      String state,
      LocalDate deadline,
      LocalDateTime openedAt,
      LocalDateTime closedAt,
      Map<String, String> questionnaires,
      boolean publishReleaseOnClose) {}

  @GET
  @Operation(summary = "Every cycle, newest first, with its state and questionnaire versions")
  public List<CycleJson> list() {
    return cycles.all().stream().map(this::json).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Opens a cycle (or reopens a closed one) on the newest questionnaires; a new cycle whose"
              + " deadline has passed is recorded closed, for importing its answers")
  @APIResponse(responseCode = "201", description = "Opened, or recorded closed if past")
  @APIResponse(responseCode = "400", description = "No valid year or deadline, or open already")
  @APIResponse(responseCode = "409", description = "Another cycle is open; the message names it")
  public Response open(NewCycle cycle) {
    if (cycle == null
        || cycle.year() == null
        || cycle.year() < FIRST_YEAR
        || cycle.year() > LAST_YEAR) {
      throw new ApplicationException("api.cycle.year", FIRST_YEAR, LAST_YEAR);
    }
    Cycle opened =
        cycles.open(
            currentUser.require(),
            cycle.year(),
            deadline(cycle.deadline()),
            cycles.currentVersions());
    return Response.status(Response.Status.CREATED).entity(json(opened)).build();
  }

  @POST
  @Path("{year}/close")
  @Operation(
      summary =
          "Closes a cycle: its assessments are locked, and a benchmark release is published if"
              + " its policy says so")
  @APIResponse(responseCode = "200", description = "Closed")
  @APIResponse(responseCode = "400", description = "No such cycle")
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
        cycle.getState().name(),
        cycle.getDeadline(),
        cycle.getOpenedAt(),
        cycle.getClosedAt(),
        cycle.getQuestionnaireLabels(),
        releases.publishesOnClose(cycle.getYear()));
  }

  private static LocalDate deadline(String text) {
    try {
      return LocalDate.parse(String.valueOf(text).strip());
    } catch (DateTimeParseException e) {
      throw new ApplicationException("api.cycle.deadline");
    }
  }
}
