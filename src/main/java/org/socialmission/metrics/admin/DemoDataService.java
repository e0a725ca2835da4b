package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.socialmission.metrics.account.AccountRepository;
import org.socialmission.metrics.account.AccountService;
import org.socialmission.metrics.school.School;
import org.socialmission.metrics.school.SchoolRepository;

/** Fills an empty database with {@link DemoData}. Does nothing once any account exists. */
@ApplicationScoped
public class DemoDataService {

  @Inject private SchoolRepository schools;
  @Inject private AccountRepository accounts;
  @Inject private AccountService accountService;

  /**
   * Adds the demo schools and accounts if the database has no account yet.
   *
   * @return whether anything was added
   */
  @Transactional
  public boolean loadIfEmpty() {
    if (accounts.count() > 0) {
      return false;
    }
    Map<String, School> byCode = new HashMap<>();
    for (DemoData.DemoSchool demo : DemoData.SCHOOLS) {
      var discipline = schools.findDiscipline(demo.discipline()).orElseThrow();
      var school = new School(demo.code(), demo.name(), discipline, demo.ownership(), demo.region(), demo.enrollment());
      schools.add(school);
      byCode.put(demo.code(), school);
    }
    for (DemoData.DemoAccount demo : DemoData.ACCOUNTS) {
      accountService.create(demo.email(), demo.name(), demo.password(), demo.role(), byCode.get(demo.schoolCode()));
    }
    return true;
  }
}
