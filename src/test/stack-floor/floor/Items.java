package floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The skeleton's one repository, on a data source of its own as the application defines one. */
@DataSourceDefinition(
    name = "java:app/jdbc/floor",
    className = "org.h2.jdbcx.JdbcDataSource",
    url =
        "jdbc:h2:${ENV=SMM_FLOOR_DB};"
            + "INIT=CREATE TABLE IF NOT EXISTS ITEM(ID BIGINT PRIMARY KEY, NAME VARCHAR(100))")
@ApplicationScoped
public class Items {
  @PersistenceContext EntityManager entities;

  public long count() {
    return entities.createQuery("select count(i) from Item i", Long.class).getSingleResult();
  }
}
