package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.function.Supplier;

/**
 * The cycles' years, states and score versions as one request (or one scheduled run) read them: a
 * page asks in several places (which cycle is current, whether it is open, which came before) and
 * the database is asked once. A change to a cycle or to its scores version in the same request
 * forgets them. Checks that guard a change read the cycles afresh ({@link CycleRepository}).
 */
@RequestScoped
class RequestCycles {

  private List<CycleYear> years;

  List<CycleYear> years(Supplier<List<CycleYear>> reading) {
    if (years == null) {
      years = reading.get();
    }
    return years;
  }

  void forget() {
    years = null;
  }
}
