package org.socialmission.metrics.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.StaleAssessmentException;

/**
 * A write with an outdated If-Match: 412 with the assessment as it is now and its ETag, so the
 * client can show the current values, merge and retry without another read.
 */
@Provider
@ApplicationScoped
public class StaleAssessmentExceptionMapper implements ExceptionMapper<StaleAssessmentException> {

  @Inject private AssessmentQueries service;

  @Override
  public Response toResponse(StaleAssessmentException exception) {
    AssessmentSnapshot current = exception.current();
    return Response.status(Response.Status.PRECONDITION_FAILED)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.ETAG, current.etag())
        .entity(AssessmentJson.document(current, service.questionnaire(current)))
        .build();
  }
}
