package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class DatabaseMigratorTest {

  @Test
  void aStartWithNothingToApplyLogsTheVersionTheSchemaIsAt() {
    // Flyway leaves the target version empty when it applies nothing: the log said "version null"
    MigrateResult result = new MigrateResult();
    result.initialSchemaVersion = "100";
    result.migrationsExecuted = 0;

    assertEquals(
        "Database schema at version 100 (0 migrations applied now)",
        DatabaseMigrator.summary(result));
  }

  @Test
  void aStartThatAppliesMigrationsLogsTheVersionReached() {
    MigrateResult result = new MigrateResult();
    result.initialSchemaVersion = "90";
    result.targetSchemaVersion = "100";
    result.migrationsExecuted = 1;

    assertEquals(
        "Database schema at version 100 (1 migrations applied now)",
        DatabaseMigrator.summary(result));
  }
}
