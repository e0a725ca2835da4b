package org.socialmission.metrics.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.socialmission.metrics.platform.Message;

/**
 * The refusals JAX-RS makes itself (no such resource 404, method not allowed 405, not acceptable
 * 406, unsupported body type 415, …) as the API's JSON error, with a message that says what to do.
 * A refusal that carries its own body already keeps it; the headers JAX-RS set (such as {@code
 * Allow}) stay.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Set<Integer> EXPLAINED = Set.of(400, 404, 405, 406, 415);

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response given = exception.getResponse();
    if (given.hasEntity()) {
      return given;
    }
    int status = given.getStatus();
    Message message =
        EXPLAINED.contains(status)
            ? Message.of("api.status." + status)
            : Message.of("api.status", status);
    return Response.fromResponse(given)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, ApiMessages.text(headers, message)))
        .build();
  }
}
