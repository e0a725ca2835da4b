package floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The skeleton's REST application. */
@ApplicationPath("api")
public class Api extends Application {}
