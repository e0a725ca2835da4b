package org.socialmission.metrics.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.admin.export.ResearchDataset;
import org.socialmission.metrics.admin.export.ResearchExporter;
import org.socialmission.metrics.admin.export.ResearchInput;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/** The anonymized research data set of a cycle's submitted assessments, for staff to hand out. */
@ApplicationScoped
public class ResearchService {

  @Inject private AssessmentQueries assessments;
  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "smm.benchmark.k", defaultValue = "5")
  private int k;

  private final SecureRandom random = new SecureRandom();

  @Transactional
  public ResearchDataset dataset(SignedInUser staff, int cycle) {
    if (!staff.isStaff()) {
      throw new AccessDeniedException("admin.researchStaffOnly");
    }
    var inputs =
        assessments.submitted(cycle).stream()
            .map(
                s -> {
                  var questionnaire = assessments.questionnaire(s.questionnaire());
                  var scores = Scores.of(QuestionnaireScorer.score(questionnaire, s.answers()));
                  return new ResearchInput(
                      s.discipline(),
                      s.ownership(),
                      s.region(),
                      scores,
                      s.answers(),
                      questionnaire);
                })
            .toList();
    ResearchDataset dataset = new ResearchExporter(k).export(inputs, random);
    audit.record(
        staff.email(), "research.export", "cycle " + cycle, dataset.rows().size() + " schools");
    return dataset;
  }
}
