package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialmission.metrics.platform.mail.Mail;
import org.socialmission.metrics.platform.mail.MailSettings;
import org.socialmission.metrics.platform.mail.Outbox;

/**
 * {@code /staff/outbox.xhtml?to=…}: the mails the application sent or is sending, newest first.
 * Without SMTP configured this is where staff read invitations and reminders to pass them on.
 */
@Named
@RequestScoped
public class OutboxBacking {

  private static final int PAGE = 500;

  @Inject private Outbox outbox;
  @Inject private MailSettings settings;

  private String to;
  private List<Mail> mails;

  public List<Mail> getMails() {
    if (mails == null) {
      mails = outbox.newest(to, 0, PAGE);
    }
    return mails;
  }

  /** Whether mail is delivered by SMTP (otherwise it waits here). */
  public boolean isConfigured() {
    return settings.isConfigured();
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
