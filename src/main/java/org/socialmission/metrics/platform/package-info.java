/**
 * Cross-cutting plumbing that every feature stands on: the data source and its Flyway migrations,
 * sign-in (form login for pages, HTTP Basic for {@code /api/*}) with throttling of repeated
 * failures, the exception root, the texts for people and the formatter of times, the audit log, the
 * application's clock, and the readiness check.
 *
 * <p>The bottom of the feature order: nothing here knows about any feature above it.
 *
 * <h2>Texts for people</h2>
 *
 * <p>Every text a person reads comes from the bundle {@code i18n/messages.properties}: pages as
 * {@code #{msg['key']}}, Java as a {@link org.socialmission.metrics.platform.Message} (a key and
 * its arguments) that is resolved only where the reader's locale is known. {@code Message}, {@link
 * org.socialmission.metrics.platform.Times} and the exceptions are plain Java, so the pure packages
 * use them too.
 *
 * <ul>
 *   <li><b>Refuse with a keyed exception.</b> Add {@code cycle.notFound=There is no {0} cycle.} to
 *       the bundle and throw {@code new InvalidAnswerException(null, "cycle.notFound", year)};
 *       every subclass of {@link org.socialmission.metrics.platform.ApplicationException} takes a
 *       key and arguments. {@code getMessage()} is the English text (logs, tests); the API mappers
 *       answer in the client's {@code Accept-Language}, pages in the view's locale.
 *   <li><b>Speak from a backing bean</b> with {@code platform.web.FacesMessages}: {@code
 *       FacesMessages.info("cycles.opened", year)} after a change, {@code FacesMessages.error(e)}
 *       for a caught {@code ApplicationException}, {@code FacesMessages.text(…)} for text a bean
 *       hands to a component. Never {@code new FacesMessage("English…")}.
 *   <li><b>Other texts from Java</b> (an import error, a chart label, an export header) travel as
 *       {@code Message.of("import.cycle")} and are resolved at the edge: {@code
 *       message.in(locale)}, {@code FacesMessages.text(message)}, or {@code #{smm:text(message)}}
 *       on a page.
 *   <li><b>Write the bundle</b> as {@link java.text.MessageFormat} wants it: an entry with a
 *       placeholder is a pattern and writes an apostrophe as {@code ''}; an entry without one is
 *       plain text. Numbers without a format read plainly ({@code 2026}). {@code MessagesTest}
 *       fails the build on a key the code or a page uses that the bundle lacks, a wrong number of
 *       arguments, English text where a key belongs, or a pattern that does not format.
 *   <li><b>Times</b> shown to people go through {@code Times}: {@code #{smm:dateTime(t)}}, {@code
 *       smm:date}, {@code smm:time} on pages; {@code Times.dateTime(…)} in workbooks and exports.
 *       Pages show them in the reader's zone ({@code platform.web.ShownZone}, from the browser),
 *       workbooks and exports in {@code Times.ZONE}; the zone is always named.
 * </ul>
 *
 * <p>Texts written for other audiences stay as they are: questionnaire file errors ({@code
 * file:line: message}, for the authors of the files), log lines, and internal invariants ({@code
 * IllegalArgumentException}, {@code IllegalStateException}).
 */
package org.socialmission.metrics.platform;
