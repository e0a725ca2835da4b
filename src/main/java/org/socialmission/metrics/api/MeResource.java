package org.socialmission.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.account.SignedInUser;

/** Who the caller is: a quick check that credentials work and which school they act for. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TEAM_MEMBER, Role.Names.DEAN, Role.Names.STAFF})
public class MeResource {

  @Inject private CurrentUser currentUser;

  /** The caller's account as the API shows it. */
  public record Me(String email, String name, Role role, String school) {}

  @GET
  @Operation(summary = "The signed-in account: email, name, role and school code (none for staff)")
  public Me get() {
    SignedInUser user = currentUser.require();
    return new Me(user.email(), user.displayName(), user.role(), user.schoolCode());
  }
}
