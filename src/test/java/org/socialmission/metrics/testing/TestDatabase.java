package org.socialmission.metrics.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases of their own on the throwaway PostgreSQL server that {@code mvn verify} starts ({@code
 * src/test/sh/test-services.sh}; failsafe passes its port as {@code smm.it.pg.port}). Each
 * multi-instance test class starts its instances on a new, empty database.
 */
public final class TestDatabase {

  public static final String USER = "smm";
  public static final String PASSWORD = "smm";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  /** A new, empty database named after its purpose. */
  public static TestDatabase create(String purpose) {
    var database = new TestDatabase(purpose + "_" + (100_000 + RANDOM.nextInt(900_000)));
    try (Connection admin = connect("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database.name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + database.name, e);
    }
    return database;
  }

  /** The JDBC URL of the database, as the application takes it in SMM_DB_URL. */
  public String url() {
    return url(name);
  }

  /** A connection for checking what the application stored. */
  public Connection connect() {
    try {
      return connect(name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The count of a query such as {@code SELECT COUNT(*) FROM school}. */
  public long count(String query) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        var result = statement.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), USER, PASSWORD);
  }

  private static String url(String database) {
    String port = System.getProperty("smm.it.pg.port");
    if (port == null) {
      throw new IllegalStateException("No test PostgreSQL server: run the ITs with mvn verify");
    }
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }
}
