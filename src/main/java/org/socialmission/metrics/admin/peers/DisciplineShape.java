package org.socialmission.metrics.admin.peers;

import java.util.List;
import java.util.Random;
import org.socialmission.metrics.questionnaire.Discipline;

/**
 * How the demo schools of one discipline look: how many, the code prefix, the public share, the
 * typical enrollment, and the kinds of school name ("College of Nursing").
 *
 * @param enrollmentSpread standard deviation of a normal enrollment; 0 means a log-normal spread
 *     around the median instead (nursing programs range from small colleges to large universities)
 */
record DisciplineShape(
    Discipline discipline,
    String prefix,
    int count,
    double publicShare,
    int enrollmentMedian,
    int enrollmentSpread,
    List<String> kinds) {

  /** A plausible enrollment, never below a fifth of the median. */
  int enrollment(Random random) {
    double drawn =
        enrollmentSpread == 0
            ? enrollmentMedian * Math.exp(0.6 * random.nextGaussian())
            : enrollmentMedian + enrollmentSpread * random.nextGaussian();
    return (int) Math.max(enrollmentMedian / 5.0, Math.round(drawn));
  }
}
