package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
 * The assessment cycles: which one schools work on now (the open one), the questionnaire version
 * each discipline uses in a cycle, and staff opening, closing and reopening them (each change
 * audited). One cycle is open at a time: opening or reopening another is refused while one is open.
 * Past survey years are recorded closed and loaded by import. A new installation opens {@code
 * smm.cycle} (default: this year) at start-up. Storage is {@link CycleRepository}'s.
 */
@ApplicationScoped
public class CycleService {

  @Inject private CycleRepository cycles;
  @Inject private RequestCycles request;
  @Inject private QuestionnaireLibrary library;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<CycleClosed> closed;

  @Inject
  @ConfigProperty(name = "smm.cycle")
  private Optional<Integer> configured;

  /**
   * The cycle schools work on: the latest open one, else the latest one, else the configured year.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int current() {
    List<CycleYear> years = years();
    return years.stream()
        .filter(CycleYear::open)
        .findFirst()
        .or(() -> years.stream().findFirst())
        .map(CycleYear::year)
        .orElseGet(this::configuredYear);
  }

  /** Whether answers of this cycle may still change (and submissions be reopened). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isOpen(int year) {
    return years().stream().anyMatch(c -> c.year() == year && c.open());
  }

  /** Every cycle's year, state and scores version, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CycleYear> years() {
    return request.years(cycles::years);
  }

  /** The deadline of the cycle, if it exists and has one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LocalDate> deadline(int year) {
    return cycles.find(year).map(Cycle::getDeadline);
  }

  /** Every cycle, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Cycle> all() {
    return cycles.all();
  }

  /** The questionnaire version a discipline's new assessments use in the cycle. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<QuestionnaireKey> questionnaireFor(int year, String disciplineCode) {
    return cycles
        .find(year)
        .flatMap(c -> c.questionnaire(disciplineCode))
        .or(() -> library.current(disciplineCode).map(q -> q.key()));
  }

  /**
   * Opens a cycle (or reopens a closed one) with a questionnaire version per discipline. A new
   * cycle whose deadline has passed is a survey year of the past, recorded closed so that its
   * answers can be loaded by import ({@code POST /api/import/answers}); schools never answer in it.
   *
   * @return the cycle, open, or closed when it is a past one
   * @throws OtherCycleOpenException when another cycle is open: one is open at a time
   * @throws InvalidAnswerException when it is open already or a version does not serve its
   *     discipline
   */
  @Transactional
  public Cycle open(
      SignedInUser staff, int year, LocalDate deadline, Map<String, QuestionnaireKey> versions) {
    request.forget();
    requireStaff(staff);
    cycles.lockOpening();
    Optional<Cycle> existing = cycles.find(year);
    if (existing.map(Cycle::isOpen).orElse(false)) {
      throw new InvalidAnswerException(null, "cycle.openAlready", year);
    }
    versions.forEach(this::requireServes);
    if (existing.isEmpty() && isPast(deadline)) {
      return recordPast(staff, year, deadline, versions);
    }
    requireNoneOpenBut(year, existing.isPresent());
    existing.ifPresent(Cycle::reopen);
    Cycle cycle = existing.orElseGet(() -> added(new Cycle(year, deadline, versions, now())));
    audit.record(
        staff.email(),
        existing.isPresent() ? "cycle.reopen" : "cycle.open",
        "cycle " + year,
        "deadline " + deadline + "; " + describe(versions));
    return cycle;
  }

  private Cycle recordPast(
      SignedInUser staff, int year, LocalDate deadline, Map<String, QuestionnaireKey> versions) {
    Cycle cycle = new Cycle(year, deadline, versions, now());
    cycle.close(now());
    cycles.add(cycle);
    audit.record(
        staff.email(),
        "cycle.record-past",
        "cycle " + year,
        "deadline " + deadline + "; " + describe(versions));
    return cycle;
  }

  private boolean isPast(LocalDate deadline) {
    return deadline != null && deadline.isBefore(LocalDate.now(clock));
  }

  /** Refuses while a cycle other than {@code year} is open, naming it. */
  private void requireNoneOpenBut(int year, boolean reopening) {
    cycles.years().stream()
        .filter(c -> c.open() && c.year() != year)
        .findFirst()
        .ifPresent(
            open -> {
              throw reopening
                  ? OtherCycleOpenException.reopening(open.year(), year)
                  : OtherCycleOpenException.opening(open.year(), year);
            });
  }

  /**
   * Closes a cycle: its assessments are locked from now on. Fires {@link CycleClosed}, on which a
   * benchmark release may be published.
   */
  @Transactional
  public void close(SignedInUser staff, int year) {
    request.forget();
    requireStaff(staff);
    Cycle cycle =
        cycles
            .find(year)
            .orElseThrow(() -> new InvalidAnswerException(null, "cycle.notFound", year));
    cycle.close(now());
    audit.record(staff.email(), "cycle.close", "cycle " + year, null);
    closed.fire(new CycleClosed(year));
  }

  /**
   * Reopens a closed cycle, for a reason that goes into the audit log: its assessments may change
   * again (a school's late correction, an extension).
   *
   * @throws InvalidAnswerException without a reason, or when the cycle is not closed
   * @throws OtherCycleOpenException when another cycle is open: one is open at a time
   */
  @Transactional
  public void reopen(SignedInUser staff, int year, String reason) {
    request.forget();
    requireStaff(staff);
    if (reason == null || reason.isBlank()) {
      throw new InvalidAnswerException(null, "cycles.reasonRequired");
    }
    cycles.lockOpening();
    Cycle cycle =
        cycles
            .find(year)
            .filter(c -> !c.isOpen())
            .orElseThrow(() -> new InvalidAnswerException(null, "cycles.notClosed", year));
    requireNoneOpenBut(year, true);
    cycle.reopen();
    audit.record(staff.email(), "cycle.reopen", "cycle " + year, reason.strip());
  }

  /** Start-up and demo data: makes sure a cycle exists, with the current questionnaires. */
  @Transactional
  public void ensure(int year, boolean open) {
    request.forget();
    if (cycles.find(year).isEmpty()) {
      var cycle = new Cycle(year, null, currentVersions(), now());
      if (!open) {
        cycle.close(now());
      }
      cycles.add(cycle);
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

  private Cycle added(Cycle cycle) {
    cycles.add(cycle);
    return cycle;
  }

  /** Discipline code → the newest questionnaire version that serves it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, QuestionnaireKey> currentVersions() {
    return library.all().stream()
        .flatMap(q -> q.disciplines().stream().map(d -> Map.entry(d.code(), q.key())))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                Map.Entry::getValue,
                (a, b) -> a.version() >= b.version() ? a : b));
  }

  private void requireServes(String discipline, QuestionnaireKey key) {
    boolean serves =
        library
            .find(key.id(), key.version())
            .map(q -> q.disciplines().stream().anyMatch(d -> d.code().equals(discipline)))
            .orElse(false);
    if (!serves) {
      throw new InvalidAnswerException(null, "cycle.versionDoesNotServe", key, discipline);
    }
  }

  private static void requireStaff(SignedInUser user) {
    if (!user.isStaff()) {
      throw new AccessDeniedException("cycle.staffOnly");
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
