package org.socialmission.metrics.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.socialmission.metrics.platform.Message;

/**
 * Checks every JSON request body with {@link JsonBody} before a resource binds it, and refuses a
 * bad one with 400 and a message that says where the problem is. The body has been bounded in size
 * already ({@code platform.ApiRequestGuard}).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyCheck implements ContainerRequestFilter {

  @Context private HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    MediaType type = request.getMediaType();
    if (!request.hasEntity() || type == null || !isJson(type)) {
      return;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset.strip())) {
      refuse(request, Message.of("api.json.charset", charset));
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    Optional<Message> problem = JsonBody.problem(body);
    if (problem.isPresent()) {
      refuse(request, problem.get());
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static boolean isJson(MediaType type) {
    return type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || type.getSubtype().endsWith("+json");
  }

  private void refuse(ContainerRequestContext request, Message message) {
    int status = Response.Status.BAD_REQUEST.getStatusCode();
    request.abortWith(
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new ApiError(status, ApiMessages.text(headers, message)))
            .build());
  }
}
