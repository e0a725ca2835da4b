package org.socialmission.metrics.admin.export;

/**
 * A discipline left out of a research data set because fewer than k of its schools took part; the
 * data set says so and never silently shrinks. It does not say how many schools that was: a count
 * below k is itself a small-group figure.
 */
public record DroppedDiscipline(String discipline) {}
