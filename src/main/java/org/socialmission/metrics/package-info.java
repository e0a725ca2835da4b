/**
 * Social Mission Metrics: self-assessment and anonymized benchmarking of the social mission of
 * health professions schools. One package per feature below this one; {@link
 * org.socialmission.metrics.Bootstrap} is the start-up sequence that ties them together.
 */
package org.socialmission.metrics;
