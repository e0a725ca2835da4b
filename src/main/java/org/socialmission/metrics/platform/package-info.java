/**
 * Cross-cutting plumbing that every feature stands on: the data source and its Flyway migrations,
 * sign-in (form login for pages, HTTP Basic for {@code /api/*}) with throttling of repeated
 * failures, the exception root, and the readiness check.
 *
 * <p>Nothing here knows about questionnaires, assessments or benchmarks.
 */
package org.socialmission.metrics.platform;
