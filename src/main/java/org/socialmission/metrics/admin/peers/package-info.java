/**
 * Synthetic demo peers: the fictional schools and answers that give a demo installation a realistic
 * benchmark (242 schools shaped like the 2019 national survey). See {@link
 * org.socialmission.metrics.admin.peers.DemoPeerGenerator}.
 *
 * <p>Plain Java, deterministic from a seed; depends on packages {@code questionnaire} and {@code
 * scoring} and the plain enums of {@code school}; no {@code jakarta.*}. Storing the schools is the
 * caller's business.
 */
package org.socialmission.metrics.admin.peers;
