/**
 * Scoring of a school's answers against a questionnaire: points per question, a 0–100 score per
 * modality, a weighted overall score, and completion progress.
 *
 * <p>What this package owns: the {@link org.socialmission.metrics.scoring.Answer} types the scorer
 * accepts, the {@link org.socialmission.metrics.scoring.QuestionnaireScorer} and its output {@link
 * org.socialmission.metrics.scoring.ScoreCard}, and the exact {@link
 * org.socialmission.metrics.scoring.Ratio} in which scores are kept (rounded only for display).
 *
 * <p>The rules: an unanswered scored question scores 0 of its maximum; "not applicable" removes its
 * maximum (only where the question allows it); a question hidden by its condition counts nothing; a
 * modality scores 100 × points / applicable maximum and has no score when that maximum is 0; the
 * overall score is the weighted mean of the modalities that have a score, weights renormalized over
 * them, and there is none when no modality has one.
 *
 * <p>Plain Java, depending only on package {@code questionnaire}; no {@code jakarta.*}.
 */
package org.socialmission.metrics.scoring;
