package org.socialmission.metrics.school;

/**
 * Criteria for listing schools; a null criterion matches every school.
 *
 * @param text part of the code or name, in any letter case, taken literally (no wildcards)
 */
public record SchoolFilter(String text, String discipline, Ownership ownership, Region region) {

  public static final SchoolFilter NONE = new SchoolFilter(null, null, null, null);
}
