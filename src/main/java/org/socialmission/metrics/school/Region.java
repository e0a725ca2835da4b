package org.socialmission.metrics.school;

/** The four US Census regions; an optional peer-group filter. */
public enum Region {
  NORTHEAST,
  MIDWEST,
  SOUTH,
  WEST
}
