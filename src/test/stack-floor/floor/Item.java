package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The skeleton's one entity; its table is made by the data source (as Flyway makes ours). */
@Entity
public class Item {
  @Id Long id;

  String name;
}
