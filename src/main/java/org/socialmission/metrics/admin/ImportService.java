package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.account.AccountAdminService;
import org.socialmission.metrics.account.AccountRepository;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.admin.imports.AccountCsvReader;
import org.socialmission.metrics.admin.imports.AccountRow;
import org.socialmission.metrics.admin.imports.AnswerCsvReader;
import org.socialmission.metrics.admin.imports.ImportError;
import org.socialmission.metrics.admin.imports.ImportedAssessment;
import org.socialmission.metrics.admin.imports.QuestionnaireLookup;
import org.socialmission.metrics.admin.imports.SchoolCsvReader;
import org.socialmission.metrics.admin.imports.SchoolRow;
import org.socialmission.metrics.assessment.AssessmentImporter;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.assessment.ScoreKeeper;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.school.Discipline;
import org.socialmission.metrics.school.School;
import org.socialmission.metrics.school.SchoolRef;
import org.socialmission.metrics.school.SchoolRepository;
import org.socialmission.metrics.scoring.Answer;

/**
 * Imports by staff, all or nothing: schools (new ones added, changed ones updated), answers (each
 * school and cycle becomes a submitted assessment on that cycle's questionnaire version), and
 * accounts (each new one invited by mail; an existing one with the same name, role and school is
 * left alone, one that differs is refused). Importing the same file again changes nothing and
 * invites nobody twice. A dry run checks and counts only.
 */
@ApplicationScoped
public class ImportService {

  @Inject private SchoolRepository schools;
  @Inject private AssessmentImporter importer;
  @Inject private AssessmentQueries assessments;
  @Inject private CycleService cycles;
  @Inject private AuditLog audit;
  @Inject private AccountRepository accounts;
  @Inject private AccountAdminService accountAdmin;
  @Inject private ScoreKeeper scores;

  @Inject private Clock clock;

  @Transactional
  public ImportOutcome importSchools(SignedInUser staff, InputStream csv, boolean dryRun)
      throws IOException {
    requireStaff(staff);
    Map<String, String> prefixes =
        schools.disciplines().stream()
            .collect(Collectors.toMap(Discipline::getCode, Discipline::getCodePrefix));
    var result = new SchoolCsvReader(prefixes).read(csv);
    if (!result.isValid()) {
      return ImportOutcome.invalid(dryRun, result.errors());
    }
    int created = 0;
    int updated = 0;
    Map<String, School> known =
        schools.byCodes(result.rows().stream().map(SchoolRow::code).toList());
    for (SchoolRow row : result.rows()) {
      Optional<School> existing = Optional.ofNullable(known.get(row.code()));
      if (existing.isEmpty()) {
        created++;
        if (!dryRun) {
          schools.add(
              new School(
                  row.code(),
                  row.name(),
                  schools.findDiscipline(row.discipline()).orElseThrow(),
                  row.ownership(),
                  row.region(),
                  row.enrollment()));
        }
      } else if (!same(existing.get(), row)) {
        updated++;
        if (!dryRun) {
          existing.get().update(row.name(), row.ownership(), row.region(), row.enrollment());
        }
      }
    }
    if (updated > 0 && !dryRun) {
      scores.schoolsChanged();
    }
    return finish(
        staff,
        "import.schools",
        dryRun,
        created,
        updated,
        result.rows().size() - created - updated);
  }

  /** As {@link #importAnswers(SignedInUser, InputStream, boolean, ImportProgress)}, untold. */
  @Transactional
  public ImportOutcome importAnswers(SignedInUser staff, InputStream csv, boolean dryRun)
      throws IOException {
    return importAnswers(staff, csv, dryRun, ImportProgress.NONE);
  }

  /**
   * Imports a file of answers: read as a stream and checked row by row (schools and questionnaires
   * looked up in memory, not per row), then each school and cycle stored as a submitted assessment
   * with its scores, in this one transaction, so that a file of any size is all or nothing.
   *
   * @param progress told how far reading and writing are
   */
  @Transactional
  public ImportOutcome importAnswers(
      SignedInUser staff, InputStream csv, boolean dryRun, ImportProgress progress)
      throws IOException {
    requireStaff(staff);
    Map<String, SchoolRef> known = schools.refs();
    Map<String, Optional<Questionnaire>> versions = new HashMap<>();
    QuestionnaireLookup lookup =
        (code, cycle) ->
            Optional.ofNullable(known.get(code))
                .flatMap(
                    s ->
                        versions.computeIfAbsent(
                            cycle + "/" + s.discipline(),
                            k -> questionnaireFor(cycle, s.discipline())));
    progress.reading();
    var result = new AnswerCsvReader(lookup).read(new CountingStream(csv, progress));
    if (!result.isValid()) {
      return ImportOutcome.invalid(dryRun, result.errors());
    }
    List<ImportedAssessment> fresh = new ArrayList<>();
    List<ImportError> conflicts = conflicts(result.rows(), fresh);
    if (!conflicts.isEmpty()) {
      return ImportOutcome.invalid(dryRun, conflicts);
    }
    int created = fresh.size();
    if (!dryRun) {
      LocalDateTime now = LocalDateTime.now(clock);
      fresh.stream()
          .map(ImportedAssessment::cycle)
          .distinct()
          .forEach(year -> cycles.ensure(year, false));
      List<AssessmentImporter.Submission> submissions =
          fresh.stream()
              .map(
                  i ->
                      new AssessmentImporter.Submission(
                          known.get(i.schoolCode()).id(),
                          i.cycle(),
                          i.questionnaire(),
                          i.answers()))
              .toList();
      fresh.clear();
      progress.writing(submissions.size());
      importer.importSubmittedHere(submissions, staff.accountId(), now, progress::written);
    }
    return finish(staff, "import.answers", dryRun, created, 0, result.rows().size() - created);
  }

  @Transactional
  public ImportOutcome importAccounts(SignedInUser staff, InputStream csv, boolean dryRun)
      throws IOException {
    requireStaff(staff);
    var result = new AccountCsvReader().read(csv);
    if (!result.isValid()) {
      return ImportOutcome.invalid(dryRun, result.errors());
    }
    List<ImportError> problems = new ArrayList<>();
    List<AccountRow> fresh = new ArrayList<>();
    for (AccountRow row : result.rows()) {
      Optional<Account> existing = accounts.findByEmail(row.email());
      if (existing.isPresent()) {
        if (!same(existing.get(), row)) {
          problems.add(new ImportError(row.line(), "email", Message.of("import.account.conflict")));
        }
      } else if (row.schoolCode() != null && schools.findByCode(row.schoolCode()).isEmpty()) {
        problems.add(
            new ImportError(
                row.line(),
                "school_code",
                Message.of("import.account.schoolUnknown", row.schoolCode())));
      } else {
        fresh.add(row);
      }
    }
    if (!problems.isEmpty()) {
      return ImportOutcome.invalid(dryRun, problems);
    }
    if (!dryRun) {
      fresh.forEach(
          row ->
              accountAdmin.invite(
                  staff, row.schoolCode(), row.email(), row.name().strip(), row.role()));
    }
    return finish(
        staff, "import.accounts", dryRun, fresh.size(), 0, result.rows().size() - fresh.size());
  }

  private static boolean same(Account account, AccountRow row) {
    return account.getDisplayName().equals(row.name().strip())
        && account.getRole() == row.role()
        && Optional.ofNullable(row.schoolCode()).equals(account.getSchool().map(School::getCode));
  }

  /**
   * The assessments of the file that some school already has with other answers, as errors; those
   * it does not have yet are added to {@code fresh}.
   */
  private List<ImportError> conflicts(
      List<ImportedAssessment> imported, List<ImportedAssessment> fresh) {
    Map<Integer, Map<String, Map<String, Answer>>> byCycle = new TreeMap<>();
    imported.forEach(
        i ->
            byCycle
                .computeIfAbsent(i.cycle(), c -> new HashMap<>())
                .put(i.schoolCode(), i.answers()));
    Map<Integer, Map<String, Boolean>> holding = new HashMap<>();
    byCycle.forEach((cycle, answers) -> holding.put(cycle, importer.holding(cycle, answers)));
    List<ImportError> conflicts = new ArrayList<>();
    for (ImportedAssessment i : imported) {
      Boolean holds = holding.get(i.cycle()).get(i.schoolCode());
      if (holds == null) {
        fresh.add(i);
      } else if (!holds) {
        conflicts.add(
            new ImportError(
                0, "school_code", Message.of("import.answer.conflict", i.schoolCode(), i.cycle())));
      }
    }
    return conflicts;
  }

  private Optional<Questionnaire> questionnaireFor(int cycle, String discipline) {
    return cycles.questionnaireFor(cycle, discipline).map(assessments::questionnaire);
  }

  private ImportOutcome finish(
      SignedInUser staff, String action, boolean dryRun, int created, int updated, int unchanged) {
    if (!dryRun && created + updated > 0) {
      audit.record(
          staff.email(),
          action,
          "import",
          created + " created, " + updated + " updated, " + unchanged + " unchanged");
    }
    return new ImportOutcome(dryRun, true, created, updated, unchanged, List.of());
  }

  private static boolean same(School school, SchoolRow row) {
    return school.getName().equals(row.name().strip())
        && school.getDiscipline().getCode().equals(row.discipline())
        && school.getOwnership() == row.ownership()
        && school.getRegion() == row.region()
        && school.getEnrollment() == row.enrollment();
  }

  private static void requireStaff(SignedInUser user) {
    if (!user.isStaff()) {
      throw new AccessDeniedException("admin.importStaffOnly");
    }
  }

  /** Tells the progress how much of the file is read, every megabyte. */
  private static final class CountingStream extends FilterInputStream {
    private static final long EVERY = 1 << 20;
    private final ImportProgress progress;
    private long read;
    private long told;

    CountingStream(InputStream in, ImportProgress progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        read += n;
        if (read - told >= EVERY) {
          told = read;
          progress.read(read);
        }
      }
      return n;
    }
  }
}
