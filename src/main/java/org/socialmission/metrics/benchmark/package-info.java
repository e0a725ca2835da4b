/**
 * Benchmarking: a school's peer groups, the anonymity rules that guard them, and the statistics
 * that compare the school with its peers.
 *
 * <p>What this package owns: {@link org.socialmission.metrics.benchmark.DistributionCalculator} (n,
 * extremes, PERCENTILE.INC quartiles, mean, percentile rank and quartile), {@link
 * org.socialmission.metrics.benchmark.PeerAnonymizer} (peer groups by discipline or all schools,
 * optional ownership, region and {@link org.socialmission.metrics.benchmark.SizeBands size band}
 * filters, k of at least 5, the complement rule for filtered groups, groups a release withholds,
 * figures rounded by {@link org.socialmission.metrics.benchmark.DisplayPrecision}, pseudonymous
 * rows), {@link org.socialmission.metrics.benchmark.ReleaseGuard} (the complement rule between
 * benchmark releases), {@link org.socialmission.metrics.benchmark.AnswerProfiler} (peers' answers
 * per question, in aggregate only), and {@link
 * org.socialmission.metrics.benchmark.PeerGroupParameters}, which reads a peer group from request
 * parameters for the REST API and the results page alike.
 *
 * <p>Every output type of this package is built so that it cannot carry a peer's name, code, free
 * text or identifying attribute: such fields simply do not exist. A school is never among its own
 * peers.
 *
 * <p>Plain Java, depending on packages {@code questionnaire} and {@code scoring}, on the plain
 * enums {@code school.Ownership} and {@code school.Region} and on the exception root in {@code
 * platform}; no {@code jakarta.*}.
 */
package org.socialmission.metrics.benchmark;
