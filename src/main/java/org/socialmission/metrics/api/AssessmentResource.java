package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentAccess;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.CarryForwardService;
import org.socialmission.metrics.assessment.RawAnswer;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.Jsons;
import org.socialmission.metrics.platform.Message;

/**
 * A school's self-assessment of one cycle: read it, save answers in batches guarded by ETags,
 * submit it, and see its scores. The school's team and dean read and write it, only the dean
 * submits, staff read every school's; {@link AssessmentService} enforces all of it.
 */
@Path("schools/{code}/assessments/{cycle}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TEAM_MEMBER, Role.Names.DEAN, Role.Names.STAFF})
public class AssessmentResource {

  private static final String SCHOOL = "The school's code, e.g. MED-0001";
  private static final String ANSWERS_EXAMPLE = "[{\"question\": id, \"value\": ...}]";
  private static final String CYCLE =
      "The cycle (a year); only the current cycle is open for changes";

  @Inject private CurrentUser currentUser;
  @Inject private AssessmentService service;
  @Inject private AssessmentQueries queries;
  @Inject private CarryForwardService carryForward;
  @Context private HttpHeaders headers;

  @GET
  @Operation(
      operationId = "getAssessment",
      summary = "The assessment with every answer, typed by question type",
      description =
          "The school's own team starts the assessment of the open cycle by reading it. Values are"
              + " a boolean (yes/no), an option id (single choice), an array of option ids"
              + " (checklist), a number (numbers, percentages) or a string (text); not-applicable"
              + " answers have no value.")
  @APIResponse(
      responseCode = "200",
      description = "The assessment; the ETag header is its version, for If-Match",
      headers = @Header(name = HttpHeaders.ETAG, description = "The assessment's version"),
      content = @Content(schema = @Schema(implementation = AssessmentJson.Document.class)))
  @APIResponse(responseCode = "403", description = "Another school than the caller's own")
  @APIResponse(
      responseCode = "404",
      description = "No assessment of this school and cycle (staff; or a closed cycle)")
  public Response get(
      @PathParam("code") @Parameter(description = SCHOOL) String code,
      @PathParam("cycle") @Parameter(description = CYCLE) int cycle) {
    return ok(service.open(currentUser.require(), code, cycle));
  }

  @PUT
  @Path("answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "saveAnswers",
      summary =
          "Saves a batch of answers, all or nothing, if the assessment is still at the If-Match"
              + " ETag",
      description =
          "Each entry is {\"question\": id, \"value\": typed value} or {\"question\": id,"
              + " \"notApplicable\": true}. Entries not sent keep their answers.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = AssessmentJson.AnswerEntry.class)))
  @APIResponse(
      responseCode = "200",
      description = "Saved; the assessment as it is now, with its new ETag",
      content = @Content(schema = @Schema(implementation = AssessmentJson.Document.class)))
  @APIResponse(
      responseCode = "400",
      description = "Bad entries, one error each; nothing was saved",
      content =
          @Content(
              schema =
                  @Schema(implementation = AnswerValidationExceptionMapper.ValidationError.class)))
  @APIResponse(
      responseCode = "403",
      description = "Another school, or staff (who may read but not write)")
  @APIResponse(
      responseCode = "404",
      description = "No assessment of this school and cycle yet; read it first")
  @APIResponse(
      responseCode = "409",
      description = "The assessment is submitted, or its cycle is closed")
  @APIResponse(
      responseCode = "412",
      description =
          "Someone changed the assessment since; the body and ETag are"
              + " the current state, nothing was saved",
      content = @Content(schema = @Schema(implementation = AssessmentJson.Document.class)))
  @APIResponse(responseCode = "428", description = "No If-Match header")
  public Response saveAnswers(
      @PathParam("code") @Parameter(description = SCHOOL) String code,
      @PathParam("cycle") @Parameter(description = CYCLE) int cycle,
      @Parameter(description = "The ETag of the assessment as last read", required = true)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      String body) {
    SignedInUser user = currentUser.require();
    // Access before the form of the request, so a stranger learns nothing from a 428 or a 400.
    AssessmentAccess.require(user, code, AssessmentAccess.Action.WRITE);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(error(428, Message.of("api.ifMatchRequired")));
    }
    List<RawAnswer> entries =
        entries(body).stream()
            .map(entry -> (RawAnswer) questionnaire -> AssessmentJson.input(entry, questionnaire))
            .toList();
    return ok(service.saveAll(user, code, cycle, entries, ifMatch));
  }

  @POST
  @Path("submit")
  @Operation(
      operationId = "submitAssessment",
      summary = "Submits the assessment (the school's dean only); it is locked afterwards")
  @APIResponse(
      responseCode = "200",
      description = "Submitted; the assessment as it is now",
      content = @Content(schema = @Schema(implementation = AssessmentJson.Document.class)))
  @APIResponse(responseCode = "403", description = "Not the dean of this school")
  @APIResponse(responseCode = "404", description = "No assessment of this school and cycle")
  @APIResponse(
      responseCode = "409",
      description =
          "Required questions are unanswered (listed in missing), or it"
              + " is already submitted, or the cycle is closed",
      content =
          @Content(
              schema =
                  @Schema(implementation = IncompleteAssessmentExceptionMapper.Incomplete.class)))
  public Response submit(
      @PathParam("code") @Parameter(description = SCHOOL) String code,
      @PathParam("cycle") @Parameter(description = CYCLE) int cycle) {
    return ok(service.submit(currentUser.require(), code, cycle));
  }

  /** Why a dean reopens a submitted assessment. */
  public record Reopen(String reason) {}

  @POST
  @Path("reopen")
  @Operation(
      summary =
          "Reopens a submitted assessment with a reason (the school's dean only, while the cycle is"
              + " open); benchmarks keep showing the latest release")
  @APIResponse(responseCode = "200", description = "Reopened; the assessment as it is now")
  @APIResponse(responseCode = "403", description = "Not the dean of this school")
  @APIResponse(responseCode = "409", description = "Not submitted, or the cycle is closed")
  public Response reopen(
      @PathParam("code") @Parameter(description = SCHOOL) String code,
      @PathParam("cycle") @Parameter(description = CYCLE) int cycle,
      Reopen body) {
    if (body == null || body.reason() == null || body.reason().isBlank()) {
      throw new ApplicationException("api.reopen.body");
    }
    return ok(service.reopen(currentUser.require(), code, cycle, body.reason().strip()));
  }

  @POST
  @Path("carry-forward")
  @Operation(
      operationId = "carryForward",
      summary =
          "Starts the assessment from the answers the school submitted in its latest earlier cycle"
              + " (the dean: every modality; an owner: the modalities they own)",
      description =
          "Questions are matched by id on the same questionnaire; answers to questions no longer"
              + " asked, or no longer valid, are skipped. Each carried answer has carried: true"
              + " and carriedFrom until someone confirms it (saving the same value) or changes it.")
  @APIResponse(
      responseCode = "200",
      description = "Carried; how many, and the assessment as it is now with its new ETag",
      headers = @Header(name = HttpHeaders.ETAG, description = "The assessment's version"),
      content = @Content(schema = @Schema(implementation = AssessmentJson.CarriedJson.class)))
  @APIResponse(
      responseCode = "403",
      description = "Another school, staff, or a team member who owns no modality")
  @APIResponse(
      responseCode = "404",
      description = "The school submitted no earlier assessment on this questionnaire")
  @APIResponse(
      responseCode = "409",
      description =
          "A modality to carry has answers already, the assessment is submitted, or the cycle is"
              + " closed")
  public Response carryForward(
      @PathParam("code") @Parameter(description = SCHOOL) String code,
      @PathParam("cycle") @Parameter(description = CYCLE) int cycle) {
    var carried = carryForward.carry(currentUser.require(), code, cycle);
    AssessmentSnapshot snapshot = carried.assessment();
    var body =
        new AssessmentJson.CarriedJson(
            carried.fromCycle(),
            carried.carried(),
            carried.skipped(),
            AssessmentJson.document(snapshot, queries.questionnaire(snapshot)));
    return Response.ok(body).header(HttpHeaders.ETAG, snapshot.etag()).build();
  }

  @GET
  @Path("scores")
  @Operation(
      operationId = "getScores",
      summary = "Overall and per-modality scores (0-100) of the answers as they are now",
      description =
          "Scores are computed exactly and rounded half up to one decimal here. A modality's score"
              + " is null when nothing in it can score (all not applicable or hidden); overall is"
              + " null when no modality has a score. points and max are exact.")
  @APIResponse(
      responseCode = "200",
      description = "The scores",
      content = @Content(schema = @Schema(implementation = AssessmentJson.Scores.class)))
  @APIResponse(responseCode = "403", description = "Another school than the caller's own")
  @APIResponse(responseCode = "404", description = "No assessment of this school and cycle")
  public AssessmentJson.Scores scores(
      @PathParam("code") @Parameter(description = SCHOOL) String code,
      @PathParam("cycle") @Parameter(description = CYCLE) int cycle) {
    AssessmentSnapshot snapshot = service.open(currentUser.require(), code, cycle);
    return AssessmentJson.scores(queries.scores(snapshot), queries.questionnaire(snapshot));
  }

  private Response ok(AssessmentSnapshot snapshot) {
    return Response.ok(AssessmentJson.document(snapshot, queries.questionnaire(snapshot)))
        .header(HttpHeaders.ETAG, snapshot.etag())
        .build();
  }

  private JsonArray entries(String body) {
    try (JsonReader reader = Jsons.reader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() == JsonValue.ValueType.ARRAY) {
        return value.asJsonArray();
      }
    } catch (JsonException | NoSuchElementException e) {
      // Falls through to the same answer as for JSON of the wrong shape.
    }
    throw new BadRequestException(
        error(400, Message.of("api.answersArrayRequired", ANSWERS_EXAMPLE)));
  }

  private Response error(int status, Message message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, ApiMessages.text(headers, message)))
        .build();
  }
}
