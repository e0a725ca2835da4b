package org.socialmission.metrics.assessment;

import java.time.LocalDateTime;
import org.socialmission.metrics.scoring.ScoreCard;

/** Where one school's assessment of a cycle stands: state, last change, and its score card. */
public record AssessmentProgress(
    String schoolCode, AssessmentState state, LocalDateTime lastActivity, ScoreCard card) {}
