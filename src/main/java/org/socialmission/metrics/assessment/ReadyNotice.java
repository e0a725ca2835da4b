package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.account.AccountRepository;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.mail.MailSettings;
import org.socialmission.metrics.platform.mail.Outbox;

/**
 * Tells the school's dean by mail, once per cycle, when the team has completed every modality
 * (every required question answered), so the dean can review and submit. Runs inside the save that
 * completed it; saves of one assessment take turns on its row lock, so only one of them finds it
 * complete first.
 */
@ApplicationScoped
public class ReadyNotice {

  @Inject private AssessmentQueries queries;
  @Inject private SnapshotMapper mapper;
  @Inject private AccountRepository accounts;
  @Inject private Outbox outbox;
  @Inject private MailSettings mail;

  /** Sends the notice if the assessment has just become complete and no notice went out yet. */
  @Transactional(TxType.MANDATORY)
  public void afterSave(Assessment assessment, SignedInUser user) {
    String code = assessment.getSchool().getCode();
    String topic = "ready:" + assessment.getCycle() + ":" + code;
    if (outbox.seen(topic)
        || !queries.missing(mapper.snapshot(assessment, user)).isEmpty()
        || !outbox.once(topic)) {
      return;
    }
    for (Account dean : accounts.findBySchool(code)) {
      if (dean.isActive() && dean.getRole() == Role.DEAN) {
        outbox.queue(
            dean.getEmail(),
            Message.of("mail.ready.subject", assessment.getCycle()),
            Message.of(
                "mail.ready.body",
                dean.getDisplayName(),
                assessment.getCycle(),
                assessment.getSchool().getName(),
                mail.link(
                    "assessment/review.xhtml?school=" + code + "&cycle=" + assessment.getCycle())));
      }
    }
  }
}
