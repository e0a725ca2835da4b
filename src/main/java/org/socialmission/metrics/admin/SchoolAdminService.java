package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.ScoreKeeper;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.StorableText;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.school.School;
import org.socialmission.metrics.school.SchoolRepository;

/** Staff add and edit schools; each change goes to the audit log with what changed. */
@ApplicationScoped
@Transactional
public class SchoolAdminService {

  @Inject private SchoolRepository schools;
  @Inject private AuditLog audit;
  @Inject private ScoreKeeper scores;

  public void create(
      SignedInUser staff,
      String code,
      String name,
      String discipline,
      Ownership ownership,
      Region region,
      int enrollment) {
    requireStaff(staff);
    if (schools.findByCode(code).isPresent()) {
      throw new ApplicationException("school.exists", code);
    }
    var found =
        schools
            .findDiscipline(discipline)
            .orElseThrow(() -> new ApplicationException("school.disciplineRequired"));
    if (!School.isCode(code, found)) {
      throw new ApplicationException(
          "school.codeFormat", found.getName(), found.getCodePrefix(), code);
    }
    if (name == null || name.isBlank()) {
      throw new ApplicationException("school.nameRequired");
    }
    requireStorable(name);
    if (enrollment < 0) {
      throw new ApplicationException("school.enrollmentNegative");
    }
    schools.add(new School(code, name, found, ownership, region, enrollment));
    audit.record(
        staff.email(),
        "school.create",
        code,
        name + ", " + discipline + ", " + ownership + ", " + region + ", enrollment " + enrollment);
  }

  public void update(
      SignedInUser staff,
      String code,
      String name,
      Ownership ownership,
      Region region,
      int enrollment) {
    requireStaff(staff);
    School school =
        schools
            .findByCode(code)
            .orElseThrow(() -> new ApplicationException("school.unknown", code));
    String before =
        school.getName()
            + ", "
            + school.getOwnership()
            + ", "
            + school.getRegion()
            + ", enrollment "
            + school.getEnrollment();
    if (name == null || name.isBlank() || enrollment < 0) {
      throw new ApplicationException("school.nameAndEnrollmentRequired");
    }
    requireStorable(name);
    school.update(name, ownership, region, enrollment);
    scores.schoolsChanged();
    audit.record(
        staff.email(),
        "school.update",
        code,
        before + " → " + name + ", " + ownership + ", " + region + ", enrollment " + enrollment);
  }

  private static void requireStorable(String name) {
    StorableText.problem(name)
        .ifPresent(
            problem -> {
              throw new ApplicationException("school.nameNotStorable", Message.of(problem));
            });
  }

  private static void requireStaff(SignedInUser user) {
    if (!user.isStaff()) {
      throw new AccessDeniedException("school.staffOnly");
    }
  }
}
