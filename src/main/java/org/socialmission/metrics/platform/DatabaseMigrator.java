package org.socialmission.metrics.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the application's data source and brings its schema up to date with the Flyway
 * migrations in {@code db/migration}; {@code Bootstrap} calls it first at start-up.
 *
 * <p>Every attribute of the data source comes from MicroProfile Config, so the embedded H2 file
 * database of the defaults can be swapped for PostgreSQL with environment variables alone (see the
 * README). Flyway manages its own transactions, hence no {@code Transactional} here.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = DatabaseMigrator.DATA_SOURCE,
    className = "${MPCONFIG=smm.db.datasource-class}",
    url = "${MPCONFIG=smm.db.url}",
    user = "${MPCONFIG=smm.db.user}",
    password = "${MPCONFIG=smm.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=${MPCONFIG=smm.db.validate-every-s}",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=${MPCONFIG=smm.db.max-wait-ms}",
      "fish.payara.statement-timeout-in-seconds=${MPCONFIG=smm.db.statement-timeout-s}"
    })
public class DatabaseMigrator {

  /** JNDI name of the one data source; persistence.xml names it too. */
  public static final String DATA_SOURCE = "java:app/jdbc/smm";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  /** Applies the migrations the database lacks. */
  public void migrate() {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(() -> summary(result));
  }

  /** The log line of a migration: the version the schema is at, and how many were applied. */
  static String summary(MigrateResult result) {
    return "Database schema at version "
        // Flyway names no target when nothing was applied: the schema stayed where it was
        + (result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion)
        + " ("
        + result.migrationsExecuted
        + " migrations applied now)";
  }
}
