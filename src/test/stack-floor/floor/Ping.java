package floor;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The skeleton's one REST resource. */
@Path("ping")
public class Ping {
  @Inject Items items;

  @GET
  @Produces("application/json")
  public String ping() {
    return "{\"items\":" + items.count() + "}";
  }
}
