package org.socialmission.metrics.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.benchmark.WhatIf;
import org.socialmission.metrics.platform.web.WrittenHtml;
import org.socialmission.metrics.report.runtime.InsightService;
import org.socialmission.metrics.scoring.Answer;

class WhatIfOptionsTest {

  /** Two options: a yes that earns points, and a question marked as not applying. */
  private final InsightBacking insight =
      new InsightBacking() {
        @Override
        public InsightService.WhatIfResult getWhatIf() {
          return new InsightService.WhatIfResult(
              new WhatIf(
                  "pipeline",
                  WhatIf.Status.OPTIONS,
                  Optional.empty(),
                  Optional.of(new BigDecimal("30.0")),
                  Optional.of(Quartile.FOURTH),
                  Optional.of(Quartile.THIRD),
                  Optional.of(new BigDecimal("42.9")),
                  false,
                  List.of(
                      new WhatIf.Option(
                          List.of(new WhatIf.Change("pipeline.tracking", Answer.yes())),
                          new BigDecimal("5.00"),
                          new BigDecimal("43.75"),
                          Quartile.THIRD),
                      new WhatIf.Option(
                          List.of(new WhatIf.Change("pipeline.partners", Answer.notApplicable())),
                          BigDecimal.ZERO,
                          new BigDecimal("45"),
                          Quartile.THIRD))),
              Optional.empty(),
              "Medicine",
              null);
        }

        @Override
        public String question(WhatIf.Change change) {
          return "Question " + change.question() + " <b>";
        }

        @Override
        public String answer(WhatIf.Change change) {
          return change.answer() instanceof Answer.NotApplicable ? "Does not apply" : "Yes";
        }
      };

  private String list() {
    return WrittenHtml.of(WhatIfOptions::new, Map.of("insight", insight));
  }

  @Test
  void showsEachOptionsChangesAndWhatItWouldGive() {
    assertTrue(
        list()
            .startsWith(
                "<ol id=\"whatIfOptions\" class=\"what-if-options\"><li class=\"what-if-option\">"
                    + "<ul class=\"changes\"><li class=\"change\""
                    + " data-question=\"pipeline.tracking\"><span class=\"change-question\">"
                    + "Question pipeline.tracking &lt;b&gt;</span><span class=\"change-arrow\""
                    + " aria-hidden=\"true\">→</span><strong class=\"change-answer\">Yes</strong>"
                    + "</li></ul><p class=\"option-result\">New score 43.8 · third quartile · 5"
                    + " more points</p></li>"),
        list());
  }

  @Test
  void warnsThatDoesNotApplyIsOnlyForAQuestionThatTrulyDoesNot() {
    String list = list();
    assertEquals(1, list.split("class=\"na-note\"", -1).length - 1, list);
    assertTrue(
        list.contains(
            "<strong class=\"change-answer\">Does not apply</strong><span class=\"na-note\">"
                + " (only if it truly does not apply to your school)</span></li>"),
        list);
  }
}
