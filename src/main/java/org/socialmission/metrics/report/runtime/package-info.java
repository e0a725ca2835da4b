/**
 * Benchmarks inside the running application: who may see them (the school's dean and staff, as
 * {@code SignedInUser.leads} says), the cohort of submitted assessments they are computed from, and
 * the workbook download.
 */
package org.socialmission.metrics.report.runtime;
