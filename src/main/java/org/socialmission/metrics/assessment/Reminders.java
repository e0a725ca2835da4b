package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.account.AccountRepository;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.mail.MailSettings;
import org.socialmission.metrics.platform.mail.Outbox;

/**
 * Reminders before a cycle's deadline to the schools that have not submitted: to the dean and every
 * team member, {@code smm.mail.reminder-days} days before (default {@code 14,3}). Each reminder
 * goes to a school once ({@link Outbox#once}, keyed by cycle, day count and school), also when
 * several instances run; a reminder whose day has passed without it (the cycle opened late) gives
 * way to the next one. {@link ReminderJob} runs it every hour.
 */
@ApplicationScoped
public class Reminders {

  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

  /** A reminder due for one school. */
  public record Due(int cycle, LocalDate deadline, int days, String schoolCode) {}

  @Inject private CycleRepository cycles;
  @Inject private AssessmentRepository assessments;
  @Inject private AccountRepository accounts;
  @Inject private Outbox outbox;
  @Inject private MailSettings mail;
  @Inject private Clock clock;
  @Inject private Reminders self;

  @Inject
  @ConfigProperty(name = "smm.mail.reminder-days", defaultValue = "14,3")
  String reminderDays;

  /**
   * Sends every reminder due today that has not gone out yet.
   *
   * @return how many schools were reminded now
   */
  public int sendDue() {
    int sent = 0;
    for (Due due : self.due()) {
      try {
        sent += self.send(due) ? 1 : 0;
      } catch (RuntimeException sentByAnotherInstance) {
        LOG.log(Level.FINE, "Reminder " + due + " not sent here", sentByAnotherInstance);
      }
    }
    return sent;
  }

  /** The reminders due today: per open cycle, the schools with people that have not submitted. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Due> due() {
    LocalDate today = LocalDate.now(clock);
    Set<String> withPeople =
        accounts.activeOfSchools().stream()
            .map(a -> a.getSchool().orElseThrow().getCode())
            .collect(Collectors.toCollection(HashSet::new));
    List<Due> due = new ArrayList<>();
    for (Cycle cycle : cycles.all()) {
      if (!cycle.isOpen() || cycle.getDeadline() == null) {
        continue;
      }
      long left = ChronoUnit.DAYS.between(today, cycle.getDeadline());
      OptionalInt days = days().filter(d -> d >= left).min();
      if (left < 0 || days.isEmpty()) {
        continue;
      }
      Set<String> waiting = new HashSet<>(withPeople);
      waiting.removeAll(assessments.submittedSchoolCodes(cycle.getYear()));
      waiting.stream()
          .sorted()
          .forEach(
              code ->
                  due.add(new Due(cycle.getYear(), cycle.getDeadline(), days.getAsInt(), code)));
    }
    return due;
  }

  /**
   * Sends one school's reminder unless it went out before.
   *
   * @return whether it was sent now
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean send(Due due) {
    if (!outbox.once("reminder:" + due.cycle() + ":" + due.days() + ":" + due.schoolCode())) {
      return false;
    }
    long left = ChronoUnit.DAYS.between(LocalDate.now(clock), due.deadline());
    for (Account person : accounts.findBySchool(due.schoolCode())) {
      if (!person.isActive()) {
        continue;
      }
      outbox.queue(
          person.getEmail(),
          Message.of("mail.reminder.subject", due.cycle(), due.deadline().toString()),
          Message.of(
              "mail.reminder.body",
              person.getDisplayName(),
              due.cycle(),
              person.getSchool().orElseThrow().getName(),
              due.deadline().toString(),
              left,
              mail.link("home.xhtml")));
    }
    return true;
  }

  private IntStream days() {
    return Arrays.stream(reminderDays.split(","))
        .map(String::strip)
        .filter(d -> d.matches("\\d{1,4}"))
        .mapToInt(Integer::parseInt);
  }
}
