package org.socialmission.metrics.school;

/**
 * A school as bulk work refers to it: its id, code and discipline code, without loading it.
 *
 * @param discipline the discipline code, e.g. {@code medicine}
 */
public record SchoolRef(long id, String code, String discipline) {}
