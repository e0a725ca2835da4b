/**
 * The anonymized research data set of a cycle: one row per school under a random pseudonym, with
 * its discipline, ownership and region where they are safe to show, its scores and answers in bands
 * (never an exact number, never free text, checklists as one yes/no column per option), written as
 * CSV ({@link org.socialmission.metrics.admin.export.ResearchCsvWriter}) or Excel ({@link
 * org.socialmission.metrics.admin.export.ResearchXlsxWriter}).
 *
 * <p>{@link org.socialmission.metrics.admin.export.ResearchExporter} owns the anonymity rules
 * (k-anonymity over discipline, ownership and region, and over those together with any one released
 * column, k of at least 5); its Javadoc states them, {@link
 * org.socialmission.metrics.admin.export.ColumnCoder} codes the values and {@link
 * org.socialmission.metrics.admin.export.KAnonymityCheck} verifies every export. Output types carry
 * no school code, name or typed text: such fields do not exist.
 *
 * <p>Plain Java on Apache Commons CSV and Apache POI, depending on {@code questionnaire}, {@code
 * scoring}, {@code benchmark} (for {@link org.socialmission.metrics.benchmark.Scores}) and the
 * plain enums of {@code school}; no {@code jakarta.*}.
 */
package org.socialmission.metrics.admin.export;
