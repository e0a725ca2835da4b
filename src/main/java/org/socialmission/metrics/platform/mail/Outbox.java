package org.socialmission.metrics.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.platform.LikePattern;
import org.socialmission.metrics.platform.Message;

/**
 * The table of mails to send and sent. Features {@link #queue} mails in the transaction of the
 * change that causes them, so a mail exists exactly when its change does; {@link MailDelivery}
 * takes them from here. Each step of a delivery is a short transaction of its own, and a mail is
 * claimed by a conditional update, so instances sharing the database never send one mail twice.
 */
@ApplicationScoped
public class Outbox {

  /** A claim older than this belongs to an instance that died while sending; it is taken over. */
  static final Duration STALE_CLAIM = Duration.ofMinutes(10);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Writes a mail for delivery; joins the caller's transaction. Texts are resolved in English. */
  @Transactional(TxType.MANDATORY)
  public void queue(String recipient, Message subject, Message body) {
    em.persist(new Mail(recipient, subject.english(), body.english(), LocalDateTime.now(clock)));
  }

  /**
   * Whether this is the first time the topic comes up: records it and answers true once, false ever
   * after (a primary key guards it). Joins the caller's transaction, so the record stands or falls
   * with the mails sent for it.
   */
  @Transactional(TxType.MANDATORY)
  public boolean once(String topic) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO mail_once (topic, created_at) SELECT ?1, ?2"
                    + " WHERE NOT EXISTS (SELECT 1 FROM mail_once WHERE topic = ?1)")
            .setParameter(1, topic)
            .setParameter(2, LocalDateTime.now(clock))
            .executeUpdate();
    return inserted == 1;
  }

  /** Whether the topic has come up before. */
  @Transactional(TxType.SUPPORTS)
  public boolean seen(String topic) {
    return !em.createNativeQuery("SELECT 1 FROM mail_once WHERE topic = ?1")
        .setParameter(1, topic)
        .getResultList()
        .isEmpty();
  }

  /** Ids of mails due for an attempt, oldest due first: pending ones and stale claims. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> due(int max) {
    LocalDateTime now = LocalDateTime.now(clock);
    return em.createQuery(
            "SELECT m.id FROM Mail m WHERE (m.state = :pending AND m.nextAttemptAt <= :now)"
                + " OR (m.state = :sending AND m.claimedAt < :stale) ORDER BY m.nextAttemptAt",
            Long.class)
        .setParameter("pending", Mail.State.PENDING)
        .setParameter("sending", Mail.State.SENDING)
        .setParameter("now", now)
        .setParameter("stale", now.minus(STALE_CLAIM))
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Claims a due mail for this instance: the one conditional update that only one instance can win.
   *
   * @return the mail to send, or empty when another instance has claimed or sent it
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Mail> claim(long id) {
    LocalDateTime now = LocalDateTime.now(clock);
    int claimed =
        em.createNativeQuery(
                "UPDATE mail SET state = 'SENDING', claimed_at = ?1, attempts = attempts + 1"
                    + " WHERE id = ?2 AND ((state = 'PENDING' AND next_attempt_at <= ?1)"
                    + " OR (state = 'SENDING' AND claimed_at < ?3))")
            .setParameter(1, now)
            .setParameter(2, id)
            .setParameter(3, now.minus(STALE_CLAIM))
            .executeUpdate();
    return claimed == 1 ? Optional.of(em.find(Mail.class, id)) : Optional.empty();
  }

  /** The SMTP server took the mail: its body, which may hold a password link, is dropped. */
  @Transactional(TxType.REQUIRES_NEW)
  public void sent(long id) {
    em.createNativeQuery(
            "UPDATE mail SET state = 'SENT', sent_at = ?1, body = NULL, last_error = NULL"
                + " WHERE id = ?2")
        .setParameter(1, LocalDateTime.now(clock))
        .setParameter(2, id)
        .executeUpdate();
  }

  /**
   * An attempt failed: pending again after a pause that doubles with every attempt, or failed for
   * good when the server refused the recipient.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long id, int attempts, String error, boolean permanent) {
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "UPDATE mail SET state = ?1, next_attempt_at = ?2, last_error = ?3 WHERE id = ?4")
        .setParameter(1, permanent ? "FAILED" : "PENDING")
        .setParameter(2, now.plus(RetryPause.after(attempts)))
        .setParameter(3, Mail.cut(String.valueOf(error), 500))
        .setParameter(4, id)
        .executeUpdate();
  }

  /** The newest mails first, all or those to recipients containing the text (taken literally). */
  @Transactional(TxType.SUPPORTS)
  public List<Mail> newest(String recipient, int first, int max) {
    Optional<String> like = LikePattern.containing(recipient);
    if (like.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM Mail m WHERE LOWER(m.recipient) LIKE :like ESCAPE '\\'"
                + " ORDER BY m.createdAt DESC, m.id DESC",
            Mail.class)
        .setParameter("like", like.get())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }
}
