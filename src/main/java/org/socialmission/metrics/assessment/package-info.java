/**
 * A school's self-assessment in a cycle: its answers and their history, who owns which modality,
 * the states not started → in progress → submitted (and reopened by the dean with a reason), and
 * the rules of who may read, write and submit it.
 *
 * <p>{@link org.socialmission.metrics.assessment.AnswerCodec} (plain Java) turns typed or stored
 * values into scoring answers and explains in plain words what is wrong with a bad one.
 */
package org.socialmission.metrics.assessment;
