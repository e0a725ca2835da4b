package org.socialmission.metrics.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.socialmission.metrics.assessment.AnswerValidationException;

/**
 * A batch of answers with bad entries: 400 with one error per bad entry, so a client can fix them
 * all at once.
 */
@Provider
public class AnswerValidationExceptionMapper implements ExceptionMapper<AnswerValidationException> {

  /**
   * An {@link ApiError} with the entries at fault.
   *
   * @param errors the question (absent when the entry named none) and what is wrong with its value
   */
  public record ValidationError(
      int status, String message, List<AnswerValidationException.AnswerError> errors) {}

  @Override
  public Response toResponse(AnswerValidationException exception) {
    int status = Response.Status.BAD_REQUEST.getStatusCode();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ValidationError(status, exception.getMessage(), exception.errors()))
        .build();
  }
}
