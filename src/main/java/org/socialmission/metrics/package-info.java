/**
 * Social Mission Metrics: self-assessment and anonymized benchmarking of the social mission of
 * health professions schools. One package per feature below this one, each with its sub-packages
 * ({@code web} for Faces beans, {@code runtime} for container glue); {@link
 * org.socialmission.metrics.Bootstrap} is the start-up sequence that ties them together.
 *
 * <p>Dependencies point one way, each feature using only those before it: platform ← questionnaire
 * ← scoring ← school ← account ← assessment ← benchmark ← report ← admin ← api, with {@code
 * Bootstrap} on top. The pure packages (questionnaire without its {@code runtime} and {@code web},
 * scoring, benchmark, report without its {@code runtime} and {@code web}, admin.imports,
 * admin.export, admin.peers) import nothing from {@code jakarta.*} or MicroProfile. {@code
 * ArchitectureTest} in the test sources keeps all of this true.
 */
package org.socialmission.metrics;
