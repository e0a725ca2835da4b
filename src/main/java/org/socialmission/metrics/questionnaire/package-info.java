/**
 * Questionnaire definitions: the versioned YAML files under {@code questionnaires/}, their
 * immutable model, and the loader that turns them into that model or into a complete list of
 * located errors.
 *
 * <p>What this package owns:
 *
 * <ul>
 *   <li>the model: {@link org.socialmission.metrics.questionnaire.Questionnaire}, {@link
 *       org.socialmission.metrics.questionnaire.Modality}, {@link
 *       org.socialmission.metrics.questionnaire.Question} and its {@link
 *       org.socialmission.metrics.questionnaire.ScoringRule};
 *   <li>loading and validation: {@link org.socialmission.metrics.questionnaire.QuestionnaireLoader}
 *       reports every mistake of a file at once as {@link
 *       org.socialmission.metrics.questionnaire.QuestionnaireError}s ({@code file:line: message});
 *   <li>the {@link org.socialmission.metrics.questionnaire.QuestionnaireCatalog}: every version of
 *       every questionnaire, the current one per discipline, and the checksums the application
 *       records;
 *   <li>{@link org.socialmission.metrics.questionnaire.Guidance}: the resources and developmental
 *       phases that guidance files under {@code questionnaires/guidance/} add beside a
 *       questionnaire, validated the same way but never part of a version's checksum;
 *   <li>the command-line validator {@link
 *       org.socialmission.metrics.questionnaire.ValidateQuestionnaires}.
 * </ul>
 *
 * <p>Plain Java: no container, no persistence, no {@code jakarta.*}. The file format is documented
 * in {@code questionnaires/README.md}.
 */
package org.socialmission.metrics.questionnaire;
