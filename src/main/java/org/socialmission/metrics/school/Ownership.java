package org.socialmission.metrics.school;

/** Who runs a school; an optional peer-group filter. */
public enum Ownership {
  PUBLIC,
  PRIVATE
}
