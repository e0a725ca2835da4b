package org.socialmission.metrics.assessment;

/**
 * One answer to store, as forms, the API and imports deliver it.
 *
 * @param value {@link AnswerCodec}'s text form; ignored when {@code notApplicable}
 */
public record AnswerInput(String questionId, String value, boolean notApplicable) {}
