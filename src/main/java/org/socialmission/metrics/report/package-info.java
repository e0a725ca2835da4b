/**
 * Reports: the benchmark workbook of a school (Excel), and the printable copy of its assessment
 * (PDF: {@link org.socialmission.metrics.report.AnswersCopy}, built by {@link
 * org.socialmission.metrics.report.AnswersCopyAssembler} and printed by {@link
 * org.socialmission.metrics.report.AnswersPdfWriter} with openhtmltopdf, every typed text escaped).
 *
 * <p>What this package owns: the report model ({@link
 * org.socialmission.metrics.report.BenchmarkReport} and the records it holds), the {@link
 * org.socialmission.metrics.report.BenchmarkReportAssembler} that builds it from a {@link
 * org.socialmission.metrics.report.ReportRequest} with the pure code of packages {@code scoring}
 * and {@code benchmark}, and the {@link org.socialmission.metrics.report.BenchmarkWorkbookWriter}
 * that lays it out with Apache POI. (The command that writes a sample workbook from the demo peers,
 * {@code SampleWorkbook}, is a developer tool in test sources.)
 *
 * <p>The model is anonymized before it reaches the writer: it cannot hold a peer's name, code or
 * free text. Its peers are the schools of one benchmark release, which it names; the same request,
 * generator seed and time give the same report, and the writer gives the same bytes for the same
 * report. Text schools typed is written as text, never as a formula.
 *
 * <p>Plain Java, Apache POI and openhtmltopdf; no {@code jakarta.*}. A REST resource or backing
 * bean streams the workbook to the response.
 */
package org.socialmission.metrics.report;
