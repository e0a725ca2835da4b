/**
 * Imports from CSV files: schools ({@link
 * org.socialmission.metrics.admin.imports.SchoolCsvReader}), their answers per cycle ({@link
 * org.socialmission.metrics.admin.imports.AnswerCsvReader}) and the accounts of a cycle's people
 * ({@link org.socialmission.metrics.admin.imports.AccountCsvReader}).
 *
 * <p>A reader checks every row of a file and returns either all of its rows or all of its problems,
 * each with the physical line of the file (the header is line 1), the column and a message a person
 * can act on: an import is all or nothing, and one upload shows every mistake at once.
 *
 * <p>Files are UTF-8, with or without a byte order mark (Excel's "CSV UTF-8" writes one), in the
 * RFC 4180 dialect; values are trimmed and rows whose values are all blank are skipped.
 *
 * <p>Plain Java on Apache Commons CSV, depending on {@code questionnaire}, {@code assessment} (for
 * {@link org.socialmission.metrics.assessment.AnswerCodec}), {@code scoring} and the plain enums of
 * {@code school}; no {@code jakarta.*}. Storing the rows is the caller's business.
 */
package org.socialmission.metrics.admin.imports;
