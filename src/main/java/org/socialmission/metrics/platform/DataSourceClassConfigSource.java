package org.socialmission.metrics.platform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code smm.db.datasource-class} from the JDBC URL, so that operators set {@code
 * SMM_DB_URL} alone: a {@code jdbc:postgresql:} URL gets PostgreSQL's data source, a {@code
 * jdbc:h2:} URL H2's. An explicit {@code SMM_DB_DATASOURCE_CLASS} (or system property) still wins:
 * this source has the lowest ordinal.
 */
public final class DataSourceClassConfigSource implements ConfigSource {

  static final String KEY = "smm.db.datasource-class";
  private static final Map<String, String> BY_PREFIX =
      Map.of(
          "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource",
          "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource");

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? forUrl(url()).orElse(null) : null;
  }

  /** The data source class of the driver a URL names, if we ship that driver. */
  static Optional<String> forUrl(String url) {
    return BY_PREFIX.entrySet().stream()
        .filter(e -> url.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The URL as configured: system property, environment, else the embedded H2 default. */
  private static String url() {
    String property = System.getProperty("smm.db.url");
    if (property != null) {
      return property;
    }
    String environment = System.getenv("SMM_DB_URL");
    return environment != null ? environment : "jdbc:h2:";
  }

  @Override
  public int getOrdinal() {
    return 10;
  }

  @Override
  public String getName() {
    return "smm.db.datasource-class from the JDBC URL";
  }
}
