/** The benchmark section of the results page: peer group choice, quartiles, workbook download. */
package org.socialmission.metrics.report.web;
