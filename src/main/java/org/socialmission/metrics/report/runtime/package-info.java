/**
 * Benchmarks inside the running application: benchmark releases (published by staff, on a cycle's
 * close or by the demo data; stored once, never changed, cached in memory by id), who may see a
 * school's benchmark (the school's dean and staff, as {@code SignedInUser.leads} says), the report
 * computed from the cycle's latest release, and the workbook download.
 *
 * <p>{@link org.socialmission.metrics.report.runtime.ReleaseService} publishes and lists releases
 * and applies {@link org.socialmission.metrics.benchmark.ReleaseGuard}; {@link
 * org.socialmission.metrics.report.runtime.BenchmarkService} builds reports from {@link
 * org.socialmission.metrics.report.runtime.ReleaseCache}, asking the database only which release is
 * the latest.
 */
package org.socialmission.metrics.report.runtime;
