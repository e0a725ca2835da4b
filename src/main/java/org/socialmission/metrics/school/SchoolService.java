package org.socialmission.metrics.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.NotFoundException;

/**
 * Looks up schools within what the caller may see. Outside their scope a caller is refused before
 * the database is asked, so a refusal never tells whether another school's code exists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SchoolService {

  @Inject private SchoolRepository schools;

  /**
   * The profile of one school.
   *
   * @throws AccessDeniedException when the school is outside the scope
   * @throws NotFoundException when no school has this code
   */
  public SchoolProfile profile(SchoolScope scope, String code) {
    if (!scope.permits(code)) {
      throw new AccessDeniedException("access.otherSchool");
    }
    return schools
        .findByCode(code)
        .map(SchoolProfile::of)
        .orElseThrow(() -> new NotFoundException("school.notFound", code));
  }

  /** One page of the schools in scope that match the filter. */
  public List<SchoolProfile> list(SchoolScope scope, SchoolFilter filter, int first, int max) {
    if (!scope.all()) {
      return first > 0 ? List.of() : List.of(profile(scope, scope.ownSchoolCode()));
    }
    return schools.find(filter, first, max).stream().map(SchoolProfile::of).toList();
  }

  /** How many schools in scope match the filter. */
  public long count(SchoolScope scope, SchoolFilter filter) {
    return scope.all() ? schools.count(filter) : 1;
  }

  /** Every discipline with its number of schools, alphabetically. */
  public List<DisciplineCount> countByDiscipline() {
    return schools.countByDiscipline();
  }

  /**
   * Every discipline, alphabetically, without counting its schools (a count reads every school):
   * for the forms that offer a choice of discipline.
   */
  public List<DisciplineChoice> disciplines() {
    return schools.disciplines().stream()
        .map(d -> new DisciplineChoice(d.getCode(), d.getName()))
        .toList();
  }

  /**
   * Adds a school in its own transaction.
   *
   * @throws IllegalArgumentException when the discipline is unknown or the school is invalid
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public School register(
      String code,
      String name,
      String disciplineCode,
      Ownership ownership,
      Region region,
      int enrollment) {
    var discipline =
        schools
            .findDiscipline(disciplineCode)
            .orElseThrow(
                () -> new IllegalArgumentException("Unknown discipline " + disciplineCode));
    var school = new School(code, name, discipline, ownership, region, enrollment);
    schools.add(school);
    return school;
  }
}
