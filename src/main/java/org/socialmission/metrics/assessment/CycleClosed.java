package org.socialmission.metrics.assessment;

/**
 * A CDI event: staff closed a cycle. Fired inside the closing transaction; observers that act on it
 * (a benchmark release on close) observe it after the transaction succeeded.
 */
public record CycleClosed(int year) {}
