package org.socialmission.metrics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.socialmission.metrics.platform.NotFoundException;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireLibrary;

/** The questionnaires and how they score; public, like the questionnaire preview pages. */
@Path("questionnaires")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class QuestionnaireResource {

  @Inject private QuestionnaireLibrary library;

  @GET
  @Operation(
      operationId = "listQuestionnaires",
      summary = "Every questionnaire version: id, version, title, disciplines")
  public List<QuestionnaireJson.Summary> list() {
    return library.all().stream().map(QuestionnaireJson::summary).toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getQuestionnaire",
      summary =
          "A whole questionnaire: modalities, weights, questions, types, options, points, bands,"
              + " conditions, tags")
  @APIResponse(responseCode = "200", description = "The questionnaire")
  @APIResponse(responseCode = "404", description = "No questionnaire with this id (and version)")
  public QuestionnaireJson.Document get(
      @PathParam("id") String id,
      @Parameter(description = "A version; the latest when absent") @QueryParam("version")
          Integer version) {
    return QuestionnaireJson.document(find(id, version));
  }

  private Questionnaire find(String id, Integer version) {
    var found = version == null ? library.latest(id) : library.find(id, version);
    return found.orElseThrow(
        () ->
            version == null
                ? new NotFoundException("questionnaire.notFound", id)
                : new NotFoundException("questionnaire.versionNotFound", id, version));
  }
}
