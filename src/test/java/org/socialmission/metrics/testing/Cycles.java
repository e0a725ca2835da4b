package org.socialmission.metrics.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cycles that tests need besides the current one, opened by staff through the API. */
public final class Cycles {

  private Cycles() {}

  /**
   * Makes sure the cycle is open: opens it (deadline at the year's end), or finds it open already
   * because another test of the run opened it first.
   */
  public static void ensureOpen(Api api, int year) {
    var opened =
        api.post(
            "api/cycles",
            TestSchool.STAFF,
            "{\"year\":" + year + ",\"deadline\":\"" + year + "-12-31\"}");
    assertTrue(
        opened.statusCode() == 201 || opened.body().contains("open already"),
        "cycle " + year + ": " + opened.body());
  }
}
