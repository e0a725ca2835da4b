package org.socialmission.metrics.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.Message;

/**
 * The last resort of the API: whatever else went wrong still answers as JSON. An application
 * exception wrapped by some layer is answered as itself; a body JSON-B cannot bind is the client's
 * mistake (400); anything else is ours (500, logged, without details for the client).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof ApplicationException refusal) {
        return ApplicationExceptionMapper.response(refusal, ApiMessages.locale(headers));
      }
      if (t instanceof JsonbException || t instanceof JsonException) {
        return error(400, Message.of("api.json.shape"));
      }
    }
    LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
    return error(500, Message.of("api.internal"));
  }

  private Response error(int status, Message message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, ApiMessages.text(headers, message)))
        .build();
  }
}
