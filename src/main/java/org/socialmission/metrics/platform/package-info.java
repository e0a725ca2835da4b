/**
 * Cross-cutting plumbing that every feature stands on: the data source and its Flyway migrations,
 * sign-in (form login for pages, HTTP Basic for {@code /api/*}) with throttling of repeated
 * failures, the exception root, the audit log, the application's clock, and the readiness check.
 *
 * <p>The bottom of the feature order: nothing here knows about any feature above it.
 */
package org.socialmission.metrics.platform;
