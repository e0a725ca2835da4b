package org.socialmission.metrics.school;

/** A discipline as forms offer it: its code and its name. */
public record DisciplineChoice(String code, String name) {}
