package org.socialmission.metrics.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Talks to the SMTP server: one connection per delivery run, opened at the first mail, plain-text
 * UTF-8 mails from {@code smm.mail.from}.
 */
@ApplicationScoped
public class SmtpSender {

  private static final Logger LOG = Logger.getLogger(SmtpSender.class.getName());

  @Inject private MailSettings settings;

  /** A connection, opened lazily; close it after the run. */
  Connection connection() {
    return new Connection(settings.session(), settings.from());
  }

  /** The connection of one delivery run. */
  static final class Connection implements AutoCloseable {
    private final Session session;
    private final String from;
    private Transport transport;

    private Connection(Session session, String from) {
      this.session = session;
      this.from = from;
    }

    void send(Mail mail) throws MessagingException {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(RecipientType.TO, new InternetAddress(mail.getRecipient()));
      message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
      message.setText(mail.getBody().orElse(""), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      message.saveChanges();
      if (transport == null || !transport.isConnected()) {
        transport = session.getTransport();
        transport.connect();
      }
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          LOG.log(Level.FINE, "Closing the SMTP connection", e);
        }
      }
    }
  }
}
