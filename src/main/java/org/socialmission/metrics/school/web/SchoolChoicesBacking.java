package org.socialmission.metrics.school.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialmission.metrics.school.DisciplineChoice;
import org.socialmission.metrics.school.DisciplineCount;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.school.SchoolService;

/**
 * The values a school's attributes can take, for the filters and forms of any page: the disciplines
 * (with how many schools each has, for the staff overview), ownerships and regions. Knows nothing
 * of the signed-in user, so the school feature stays below the account feature.
 */
@Named
@RequestScoped
public class SchoolChoicesBacking {

  @Inject private SchoolService schools;

  private List<DisciplineCount> counts;
  private List<DisciplineChoice> disciplines;

  /** Every discipline with its number of schools, read once per request. */
  public List<DisciplineCount> getDisciplineCounts() {
    if (counts == null) {
      counts = schools.countByDiscipline();
    }
    return counts;
  }

  /** Every discipline, for a choice of one, read once per request (no counting of schools). */
  public List<DisciplineChoice> getDisciplines() {
    if (disciplines == null) {
      disciplines = schools.disciplines();
    }
    return disciplines;
  }

  public Ownership[] getOwnerships() {
    return Ownership.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }
}
