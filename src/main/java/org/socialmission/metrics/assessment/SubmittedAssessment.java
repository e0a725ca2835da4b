package org.socialmission.metrics.assessment;

import java.util.Map;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;

/**
 * A submitted assessment with its school's peer-group attributes and its answers, for benchmarks.
 */
public record SubmittedAssessment(
    String schoolCode,
    String discipline,
    Ownership ownership,
    Region region,
    int enrollment,
    int cycle,
    QuestionnaireKey questionnaire,
    Map<String, Answer> answers) {}
