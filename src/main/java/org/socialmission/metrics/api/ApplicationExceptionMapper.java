package org.socialmission.metrics.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.socialmission.metrics.assessment.AssessmentLockedException;
import org.socialmission.metrics.assessment.IncompleteAssessmentException;
import org.socialmission.metrics.assessment.OtherCycleOpenException;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.NotFoundException;
import org.socialmission.metrics.platform.PayloadTooLargeException;

/**
 * Turns the application's own exceptions into a status code and an {@link ApiError} whose message
 * is in the client's language.
 */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<ApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ApplicationException exception) {
    return response(exception, ApiMessages.locale(headers));
  }

  /** The answer to a refusal, its message in this locale. */
  static Response response(ApplicationException exception, Locale locale) {
    Response.Status status = statusOf(exception);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), exception.getMessage(locale)))
        .build();
  }

  static Response.Status statusOf(ApplicationException exception) {
    if (exception instanceof AccessDeniedException) {
      return Response.Status.FORBIDDEN;
    }
    if (exception instanceof NotFoundException) {
      return Response.Status.NOT_FOUND;
    }
    if (exception instanceof PayloadTooLargeException) {
      return Response.Status.REQUEST_ENTITY_TOO_LARGE;
    }
    if (exception instanceof AssessmentLockedException
        || exception instanceof IncompleteAssessmentException
        || exception instanceof OtherCycleOpenException) {
      return Response.Status.CONFLICT;
    }
    return Response.Status.BAD_REQUEST;
  }
}
