package org.socialmission.metrics.school;

/** A discipline and how many schools of it take part. */
public record DisciplineCount(String code, String name, long schools) {}
