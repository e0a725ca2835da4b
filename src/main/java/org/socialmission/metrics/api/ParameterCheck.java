package org.socialmission.metrics.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.StorableText;

/**
 * Refuses a path segment or query parameter holding a character no database column can store (a
 * NUL, {@code %00} in the URL): nothing could match it, and PostgreSQL would refuse the query with
 * an error. 400, naming the parameter.
 */
@Provider
public class ParameterCheck implements ContainerRequestFilter {

  @Context private HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) {
    var uri = request.getUriInfo();
    problem(uri.getPathParameters())
        .or(() -> problem(uri.getQueryParameters()))
        .ifPresent(
            message ->
                request.abortWith(
                    Response.status(400)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ApiError(400, ApiMessages.text(headers, message)))
                        .build()));
  }

  private static Optional<Message> problem(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      for (String value : parameter.getValue()) {
        Optional<String> problem =
            StorableText.problem(parameter.getKey()).or(() -> StorableText.problem(value));
        if (problem.isPresent()) {
          return Optional.of(
              Message.of("api.json.text", parameter.getKey(), Message.of(problem.get())));
        }
      }
    }
    return Optional.empty();
  }
}
