package org.socialmission.metrics.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.socialmission.metrics.assessment.IncompleteAssessmentException;

/** A submission with required questions unanswered: 409 listing them, in questionnaire order. */
@Provider
public class IncompleteAssessmentExceptionMapper
    implements ExceptionMapper<IncompleteAssessmentException> {

  /** An {@link ApiError} with the questions still to answer. */
  public record Incomplete(int status, String message, List<AssessmentJson.MissingJson> missing) {}

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(IncompleteAssessmentException exception) {
    int status = Response.Status.CONFLICT.getStatusCode();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new Incomplete(
                status,
                exception.getMessage(ApiMessages.locale(headers)),
                AssessmentJson.missing(exception.missing())))
        .build();
  }
}
