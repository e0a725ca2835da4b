package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireLibrary;

/**
 * The assessment cycles: which one schools work on now (the latest open one), which are open, the
 * questionnaire version each discipline uses in a cycle, and staff opening and closing them. A new
 * installation opens {@code smm.cycle} (default: this year) at start-up.
 */
@ApplicationScoped
public class AssessmentCycle {

  @PersistenceContext private EntityManager em;
  @Inject private QuestionnaireLibrary library;
  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "smm.cycle")
  private Optional<Integer> configured;

  @Inject private Clock clock;

  /**
   * The cycle schools work on: the latest open one, else the latest one, else the configured year.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int current() {
    List<Cycle> all = all();
    return all.stream()
        .filter(Cycle::isOpen)
        .findFirst()
        .or(() -> all.stream().findFirst())
        .map(Cycle::getYear)
        .orElseGet(this::configuredYear);
  }

  /** Whether answers of this cycle may still change (and submissions be reopened). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isOpen(int year) {
    Cycle cycle = em.find(Cycle.class, year);
    return cycle != null && cycle.isOpen();
  }

  /** Every cycle, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Cycle> all() {
    return em.createQuery("SELECT c FROM Cycle c ORDER BY c.year DESC", Cycle.class)
        .getResultList();
  }

  /** The questionnaire version a discipline's new assessments use in the cycle. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<QuestionnaireKey> questionnaireFor(int year, String disciplineCode) {
    return Optional.ofNullable(em.find(Cycle.class, year))
        .flatMap(c -> c.questionnaire(disciplineCode))
        .or(() -> library.current(disciplineCode).map(q -> q.key()));
  }

  /**
   * Opens a cycle (or reopens a closed one) with a questionnaire version per discipline.
   *
   * @throws InvalidAnswerException when it is open already or a version does not serve its
   *     discipline
   */
  @Transactional
  public Cycle open(
      SignedInUser staff, int year, LocalDate deadline, Map<String, QuestionnaireKey> versions) {
    requireStaff(staff);
    Cycle existing = em.find(Cycle.class, year);
    if (existing != null && existing.isOpen()) {
      throw new InvalidAnswerException(null, "The " + year + " cycle is open already.");
    }
    versions.forEach((discipline, key) -> requireServes(discipline, key));
    Cycle cycle = existing != null ? existing : new Cycle(year, deadline, versions, now());
    if (existing != null) {
      existing.reopen();
    } else {
      em.persist(cycle);
    }
    audit.record(
        staff.email(),
        existing != null ? "cycle.reopen" : "cycle.open",
        "cycle " + year,
        "deadline " + deadline + "; " + describe(versions));
    return cycle;
  }

  /** Closes a cycle: its assessments are locked from now on. */
  @Transactional
  public void close(SignedInUser staff, int year) {
    requireStaff(staff);
    Cycle cycle =
        Optional.ofNullable(em.find(Cycle.class, year))
            .orElseThrow(() -> new InvalidAnswerException(null, "There is no " + year + " cycle."));
    cycle.close(now());
    audit.record(staff.email(), "cycle.close", "cycle " + year, null);
  }

  /** Start-up and demo data: makes sure a cycle exists, with the current questionnaires. */
  @Transactional
  public void ensure(int year, boolean open) {
    if (em.find(Cycle.class, year) == null) {
      Map<String, QuestionnaireKey> versions =
          library.all().stream()
              .flatMap(q -> q.disciplines().stream().map(d -> Map.entry(d.code(), q.key())))
              .collect(
                  Collectors.toMap(
                      Map.Entry::getKey,
                      Map.Entry::getValue,
                      (a, b) -> a.version() >= b.version() ? a : b));
      var cycle = new Cycle(year, null, versions, now());
      if (!open) {
        cycle.close(now());
      }
      em.persist(cycle);
    }
  }

  /** A new installation starts with one open cycle: {@code smm.cycle}, or this year. */
  @Transactional
  public void openFirstIfNone() {
    if (all().isEmpty()) {
      ensure(configuredYear(), true);
    }
  }

  /** The year opened on a new installation. */
  public int configuredYear() {
    return configured.orElseGet(() -> Year.now(clock).getValue());
  }

  private void requireServes(String discipline, QuestionnaireKey key) {
    boolean serves =
        library
            .find(key.id(), key.version())
            .map(q -> q.disciplines().stream().anyMatch(d -> d.code().equals(discipline)))
            .orElse(false);
    if (!serves) {
      throw new InvalidAnswerException(
          null, "Questionnaire " + key + " does not serve " + discipline + ".");
    }
  }

  private static void requireStaff(SignedInUser user) {
    if (!user.isStaff()) {
      throw new AccessDeniedException("Only initiative staff open and close cycles.");
    }
  }

  private static String describe(Map<String, QuestionnaireKey> versions) {
    return versions.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
