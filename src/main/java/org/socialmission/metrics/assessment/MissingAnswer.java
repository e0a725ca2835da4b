package org.socialmission.metrics.assessment;

import java.io.Serializable;

/** A required, visible question without an answer. */
public record MissingAnswer(String modalityId, String modalityTitle, String questionId, String text)
    implements Serializable {}
