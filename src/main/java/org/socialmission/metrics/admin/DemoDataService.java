package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.socialmission.metrics.account.AccountRepository;
import org.socialmission.metrics.account.AccountService;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.admin.peers.GeneratedSchool;
import org.socialmission.metrics.assessment.AssessmentImporter;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireLibrary;
import org.socialmission.metrics.school.School;
import org.socialmission.metrics.school.SchoolFilter;
import org.socialmission.metrics.school.SchoolRepository;
import org.socialmission.metrics.school.SchoolService;

/**
 * Fills an empty database with {@link DemoData} and, optionally, the 242 synthetic peer schools of
 * {@link DemoPeerGenerator} with submitted assessments for the current cycle and three years
 * earlier. Does nothing once any school exists.
 */
@ApplicationScoped
public class DemoDataService {

  @Inject private SchoolRepository schools;
  @Inject private AccountRepository accounts;
  @Inject private AccountService accountService;
  @Inject private AssessmentImporter importer;
  @Inject private SchoolService schoolService;
  @Inject private QuestionnaireLibrary library;

  private static final Logger LOG = Logger.getLogger(DemoDataService.class.getName());

  /** Seed of the demo peers: the same schools and answers on every machine. */
  static final long PEER_SEED = 242;

  /**
   * Adds the demo schools and accounts if the database has no school yet.
   *
   * @return whether anything was added
   */
  @Transactional
  public boolean loadBaseIfEmpty() {
    if (schools.count(SchoolFilter.NONE) > 0) {
      return false;
    }
    Map<String, School> byCode = new HashMap<>();
    for (DemoData.DemoSchool demo : DemoData.SCHOOLS) {
      var discipline = schools.findDiscipline(demo.discipline()).orElseThrow();
      var school =
          new School(
              demo.code(),
              demo.name(),
              discipline,
              demo.ownership(),
              demo.region(),
              demo.enrollment());
      schools.add(school);
      byCode.put(demo.code(), school);
    }
    for (DemoData.DemoAccount demo : DemoData.ACCOUNTS) {
      accountService.create(
          demo.email(), demo.name(), demo.password(), demo.role(), byCode.get(demo.schoolCode()));
    }
    return true;
  }

  /**
   * Adds the synthetic peer schools, each school's two assessments in their own transaction.
   *
   * @param cycle the current cycle; the earlier assessments are of {@code cycle - 3}
   */
  public void loadPeers(int cycle) {
    long started = System.nanoTime();
    var catalog = QuestionnaireCatalog.of(library.all());
    long staff = accounts.findByEmail(DemoData.ACCOUNTS.get(0).email()).orElseThrow().getId();
    LocalDateTime submittedAt = LocalDateTime.of(cycle, 6, 30, 12, 0);
    for (GeneratedSchool peer :
        new DemoPeerGenerator(catalog).generate(PEER_SEED, cycle, cycle - 3)) {
      var school =
          schoolService.register(
              peer.code(),
              peer.name(),
              peer.discipline(),
              peer.ownership(),
              peer.region(),
              peer.enrollment());
      var questionnaire = library.current(peer.discipline()).orElseThrow();
      importer.importSubmitted(
          school.getId(),
          cycle - 3,
          questionnaire,
          peer.answers(cycle - 3),
          staff,
          submittedAt.minusYears(3));
      importer.importSubmitted(
          school.getId(), cycle, questionnaire, peer.answers(cycle), staff, submittedAt);
    }
    LOG.info(() -> "Demo peers added in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }
}
