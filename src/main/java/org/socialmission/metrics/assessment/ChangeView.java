package org.socialmission.metrics.assessment;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry of a question's history, with both values as a person reads them. */
public record ChangeView(String before, String after, String by, LocalDateTime at)
    implements Serializable {}
