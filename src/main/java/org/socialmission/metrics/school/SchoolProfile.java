package org.socialmission.metrics.school;

import java.io.Serializable;

/** What pages and the API show of a school: its identity and its peer-group attributes. */
public record SchoolProfile(
    String code,
    String name,
    String discipline,
    String disciplineName,
    Ownership ownership,
    Region region,
    int enrollment)
    implements Serializable {

  /** The profile of a school as read (its discipline too). */
  public static SchoolProfile of(School school) {
    return new SchoolProfile(
        school.getCode(),
        school.getName(),
        school.getDiscipline().getCode(),
        school.getDiscipline().getName(),
        school.getOwnership(),
        school.getRegion(),
        school.getEnrollment());
  }
}
