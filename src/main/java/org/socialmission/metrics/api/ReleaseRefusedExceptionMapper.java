package org.socialmission.metrics.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.socialmission.metrics.report.runtime.ReleaseRefusedException;

/** A release that would move groups by too few schools: 409 with the reason and the groups. */
@Provider
public class ReleaseRefusedExceptionMapper implements ExceptionMapper<ReleaseRefusedException> {

  /** An {@link ApiError} with the labels of the groups concerned. */
  public record Refused(int status, String message, List<String> groups) {}

  @Override
  public Response toResponse(ReleaseRefusedException exception) {
    int status = Response.Status.CONFLICT.getStatusCode();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Refused(status, exception.getMessage(), exception.groups()))
        .build();
  }
}
