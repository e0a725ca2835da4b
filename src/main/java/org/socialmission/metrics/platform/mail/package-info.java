/**
 * Mail that is never lost: an {@link org.socialmission.metrics.platform.mail.Outbox} that every
 * feature writes to in the transaction of the change that causes the mail, and a delivery job that
 * sends what is due by SMTP, with retries, claiming each mail so that several instances never send
 * one twice.
 *
 * <p>Configured by {@code smm.mail.*} ({@link
 * org.socialmission.metrics.platform.mail.MailSettings}). Without {@code smm.mail.host} nothing is
 * sent: the mails stay in the outbox, where staff read them ({@code /staff/outbox.xhtml}) and pass
 * invitations on by hand.
 *
 * <pre>{@code
 * @Inject Outbox outbox;
 * // inside the transaction that makes the change:
 * outbox.queue(account.getEmail(), Message.of("mail.x.subject"), Message.of("mail.x.body", name));
 * }</pre>
 *
 * <p>Texts come from the message bundle, in English: the application knows no reader's language for
 * a mail.
 */
package org.socialmission.metrics.platform.mail;
