package org.socialmission.metrics.assessment;

/**
 * What most pages need of a cycle: its year, whether it is open, and the version of its stored
 * scores (which grows whenever a submission of the cycle changes), without its questionnaire
 * versions.
 */
public record CycleYear(int year, boolean open, long scoresVersion) {}
