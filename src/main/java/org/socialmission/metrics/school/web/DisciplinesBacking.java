package org.socialmission.metrics.school.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialmission.metrics.school.DisciplineCount;
import org.socialmission.metrics.school.SchoolService;

/** The disciplines with how many schools each has, for filters and the staff overview. */
@Named
@RequestScoped
public class DisciplinesBacking {

  @Inject private SchoolService schools;

  private List<DisciplineCount> counts;

  public List<DisciplineCount> getCounts() {
    if (counts == null) {
      counts = schools.countByDiscipline();
    }
    return counts;
  }
}
