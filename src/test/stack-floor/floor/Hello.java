package floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The backing bean of the skeleton's one page. */
@Named
@RequestScoped
public class Hello {
  @Inject Items items;

  public long getCount() {
    return items.count();
  }
}
