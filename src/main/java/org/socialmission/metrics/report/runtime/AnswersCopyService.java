package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.report.AnswersCopy;
import org.socialmission.metrics.report.AnswersCopyAssembler;

/**
 * The printable copy of a school's assessment, for whoever may read the assessment (its team and
 * dean, staff; never another school's): {@link AssessmentService#read} checks that, {@link
 * AnswersCopyAssembler} builds the copy, {@link org.socialmission.metrics.report.AnswersPdfWriter}
 * prints it.
 */
@ApplicationScoped
public class AnswersCopyService {

  @Inject private AssessmentService assessments;
  @Inject private AssessmentQueries queries;
  @Inject private Clock clock;

  /** The copy of the school's assessment of the cycle as it is now, in the reader's locale. */
  public AnswersCopy copy(SignedInUser user, String schoolCode, int cycle, Locale locale) {
    AssessmentSnapshot snapshot = assessments.read(user, schoolCode, cycle);
    return AnswersCopyAssembler.assemble(
        snapshot,
        queries.questionnaire(snapshot),
        queries.scores(snapshot),
        locale,
        LocalDateTime.now(clock));
  }
}
