package org.socialmission.metrics.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
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
   * @param errors the entries at fault, in the order sent
   */
  public record ValidationError(int status, String message, List<EntryError> errors) {}

  /**
   * What is wrong with one entry.
   *
   * @param question the entry's question; absent when the entry named none
   * @param message what is wrong with its value, in plain words
   */
  public record EntryError(String question, String message) {}

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(AnswerValidationException exception) {
    int status = Response.Status.BAD_REQUEST.getStatusCode();
    Locale locale = ApiMessages.locale(headers);
    List<EntryError> errors =
        exception.errors().stream()
            .map(e -> new EntryError(e.question(), e.message().in(locale)))
            .toList();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ValidationError(status, exception.getMessage(locale), errors))
        .build();
  }
}
