package org.socialmission.metrics.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mail leaves the application ({@code smm.mail.*}, {@code SMM_MAIL_*}) and the address people
 * reach it at ({@code smm.public-url}), from which links in mails are made. Without a host, mail is
 * not sent but kept in the outbox.
 */
@ApplicationScoped
public class MailSettings {

  /** How long a connection to the SMTP server or an answer from it may take. */
  private static final String TIMEOUT_MS = "10000";

  @Inject
  @ConfigProperty(name = "smm.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "smm.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(
      name = "smm.mail.from",
      defaultValue = "Social Mission Metrics <no-reply@localhost>")
  String from;

  @Inject
  @ConfigProperty(name = "smm.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "smm.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "smm.mail.tls", defaultValue = "false")
  boolean tls;

  @Inject
  @ConfigProperty(name = "smm.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  /** Whether mail is sent by SMTP; otherwise it stays in the outbox for staff to read. */
  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** The sender of every mail. */
  public String from() {
    return from;
  }

  /** An absolute link to a path of the application, e.g. {@code password/set.xhtml?token=…}. */
  public String link(String path) {
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    return base + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** A Jakarta Mail session for the configured SMTP server; only when {@link #isConfigured()}. */
  Session session() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host.orElseThrow().strip());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    properties.put("mail.smtp.timeout", TIMEOUT_MS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
    if (tls) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (user.isEmpty()) {
      return Session.getInstance(properties);
    }
    properties.put("mail.smtp.auth", "true");
    return Session.getInstance(
        properties,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user.get(), password.orElse(""));
          }
        });
  }
}
