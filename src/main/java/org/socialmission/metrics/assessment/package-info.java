/**
 * A school's self-assessment in a cycle: its answers and their history, who owns which modality,
 * the states not started → in progress → submitted (and reopened by the dean with a reason), the
 * cycles, and the rules of who may read, write and submit it.
 *
 * <p>Who does what: {@link org.socialmission.metrics.assessment.AssessmentService} carries out what
 * a signed-in user does with an assessment; {@link
 * org.socialmission.metrics.assessment.AssessmentQueries} answers what pages and other features
 * read (scores, missing answers, submitted assessments, progress); {@link
 * org.socialmission.metrics.assessment.SnapshotMapper} builds the snapshots readers get; {@link
 * org.socialmission.metrics.assessment.CycleService} and {@link
 * org.socialmission.metrics.assessment.CycleRepository} run and store the cycles. The rules are
 * plain Java: {@link org.socialmission.metrics.assessment.AssessmentAccess} (who may do what), the
 * states guarded by the {@link org.socialmission.metrics.assessment.Assessment} entity, {@link
 * org.socialmission.metrics.assessment.SaveArbiter} (saved, conflict or write), and {@link
 * org.socialmission.metrics.assessment.AnswerCodec}, which turns typed or stored values into
 * scoring answers and explains in plain words what is wrong with a bad one. Mail about assessments:
 * {@link org.socialmission.metrics.assessment.Reminders} before a deadline, {@link
 * org.socialmission.metrics.assessment.ReadyNotice} to the dean when everything is answered.
 *
 * <p>Uses {@code questionnaire}, {@code scoring}, {@code school} and {@code account}; used by
 * {@code benchmark} and the features above it.
 */
package org.socialmission.metrics.assessment;
