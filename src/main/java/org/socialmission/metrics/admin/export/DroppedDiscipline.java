package org.socialmission.metrics.admin.export;

/**
 * A discipline left out of a research data set because fewer than k of its schools took part; the
 * page that offers the download says so, the data set never silently shrinks.
 *
 * @param schools how many schools of the discipline were left out (fewer than k)
 */
public record DroppedDiscipline(String discipline, int schools) {}
